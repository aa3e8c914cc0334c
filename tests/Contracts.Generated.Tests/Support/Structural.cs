using System.Collections;
using System.Reflection;

namespace Contracts.Generated.Tests;

/// <summary>
/// Deep equality for contract records. Record equality compares collections by reference, so a round-tripped record
/// with lists is never Equal to the original; this walks members, elements and dictionary entries instead and names
/// the first difference by its C# path.
/// </summary>
internal static class Structural
{
    public static void Equal(object? expected, object? actual) => Compare(expected, actual, "value");

    private static void Compare(object? expected, object? actual, string path)
    {
        if (expected is null || actual is null)
        {
            Assert.True(expected is null && actual is null, $"{path}: expected {Show(expected)}, got {Show(actual)}");
            return;
        }

        Assert.True(expected.GetType() == actual.GetType() || IsCollection(expected) && IsCollection(actual),
            $"{path}: expected a {expected.GetType().Name}, got a {actual.GetType().Name}");
        switch (expected)
        {
            case DateTimeOffset time:
                // DateTimeOffset.Equals ignores the offset; the wire must keep it.
                Assert.True(time.EqualsExact((DateTimeOffset)actual), $"{path}: expected {time:O}, got {actual:O}");
                return;
            case string or decimal or Enum or IFormattable when IsScalar(expected.GetType()):
                Assert.True(Equals(expected, actual), $"{path}: expected {Show(expected)}, got {Show(actual)}");
                if (expected is decimal money)
                {
                    // 1.50m equals 1.5m; the digits (scale) must survive too.
                    Assert.True(money.Scale == ((decimal)actual).Scale, $"{path}: expected scale of {money}, got {actual}");
                }

                return;
            case IDictionary dictionary:
                var other = (IDictionary)actual;
                Assert.True(dictionary.Count == other.Count, $"{path}: expected {dictionary.Count} entries, got {other.Count}");
                foreach (DictionaryEntry entry in dictionary)
                {
                    Assert.True(other.Contains(entry.Key), $"{path}: missing key '{entry.Key}'");
                    Compare(entry.Value, other[entry.Key], $"{path}[\"{entry.Key}\"]");
                }

                return;
            case IEnumerable sequence:
                var left = sequence.Cast<object?>().ToArray();
                var right = ((IEnumerable)actual).Cast<object?>().ToArray();
                Assert.True(left.Length == right.Length, $"{path}: expected {left.Length} elements, got {right.Length}");
                for (var i = 0; i < left.Length; i++)
                {
                    Compare(left[i], right[i], $"{path}[{i}]");
                }

                return;
        }

        foreach (var property in expected.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0)
            {
                Compare(property.GetValue(expected), property.GetValue(actual), path + "." + property.Name);
            }
        }
    }

    private static bool IsCollection(object value) => value is IEnumerable and not string;

    private static bool IsScalar(Type type)
        => type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(Guid)
        || type == typeof(DateOnly) || type == typeof(TimeOnly) || type == typeof(TimeSpan);

    private static string Show(object? value) => value switch
    {
        null => "null",
        string text => $"\"{text}\"",
        IFormattable formattable => formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
