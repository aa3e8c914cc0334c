using System;

namespace Contracts;

/// <summary>The identity of a message on the wire: its name and version.</summary>
/// <param name="Name">The name from <see cref="MessageAttribute.Name"/>.</param>
/// <param name="Version">The version from <see cref="MessageAttribute.Version"/>.</param>
public readonly record struct MessageKey(string Name, int Version)
{
    /// <summary>Formats the key as <c>name@vN</c>, the form used in logs and diagnostics.</summary>
    public override string ToString() => Name + "@v" + Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
