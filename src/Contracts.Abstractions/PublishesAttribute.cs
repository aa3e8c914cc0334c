using System;

namespace Contracts;

/// <summary>
/// Declares that a <c>partial class</c> publishes <typeparamref name="TMessage"/>. The generator adds a typed
/// <c>PublishAsync(TMessage, ...)</c> for each declared message, and nothing else can be published through it.
/// </summary>
/// <typeparam name="TMessage">A type marked with <see cref="MessageAttribute"/>.</typeparam>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class PublishesAttribute<TMessage> : Attribute
{
}
