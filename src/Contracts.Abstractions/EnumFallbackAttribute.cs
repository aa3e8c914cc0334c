using System;

namespace Contracts;

/// <summary>
/// Marks the enum member a reader falls back to when a message carries a name this build does not know, instead of
/// failing: a producer may then add members without breaking this consumer (the ENUM_MEMBER_ADDED rule lets it pass).
/// At most one member per enum.
/// </summary>
/// <example>
/// <code>
/// public enum Carrier { [EnumFallback] Unknown, Post, Courier }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class EnumFallbackAttribute : Attribute
{
}
