namespace Contracts.Generator.Parsing;

/// <summary>
/// The message-name rule: lower-case ASCII letters and digits in segments joined by '.', '-' or '_', starting with a
/// letter, at most 200 characters. Names travel as routing keys and queue names, so they stay portable.
/// </summary>
internal static class MessageNames
{
    public const int MaxLength = 200;

    public static bool IsValid(string name)
    {
        if (name.Length == 0 || name.Length > MaxLength || !IsLetter(name[0]))
        {
            return false;
        }

        var previousWasSeparator = false;
        foreach (var c in name)
        {
            var separator = c is '.' or '-' or '_';
            if (separator && previousWasSeparator)
            {
                return false;
            }

            if (!separator && !IsLetter(c) && !(c >= '0' && c <= '9'))
            {
                return false;
            }

            previousWasSeparator = separator;
        }

        return !previousWasSeparator;
    }

    private static bool IsLetter(char c) => c >= 'a' && c <= 'z';
}
