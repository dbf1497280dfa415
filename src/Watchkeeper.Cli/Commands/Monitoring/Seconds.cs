using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Watchkeeper.Cli.Commands.Monitoring;

/// <summary>Durations as operators write them for intervals and timeouts: <c>90</c> (seconds), <c>30s</c>, <c>5m</c>, <c>1h30m</c>, <c>1d</c>.</summary>
public static partial class Seconds
{
    /// <summary>The seconds the text stands for, or null when it is not a duration.</summary>
    public static int? Parse(string text)
    {
        var match = Pattern().Match(text.Trim().ToLowerInvariant());
        if (!match.Success || match.Length == 0)
        {
            return null;
        }
        if (match.Groups["plain"].Success)
        {
            return int.TryParse(match.Groups["plain"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var plain) ? plain : null;
        }
        long total = Part(match, "d") * 86_400 + Part(match, "h") * 3_600 + Part(match, "m") * 60 + Part(match, "s");
        return total <= int.MaxValue ? (int)total : null;
    }

    /// <summary>Writes seconds the way <see cref="Parse"/> reads them, largest unit first: 90 is <c>1m30s</c>.</summary>
    public static string Format(int seconds)
    {
        if (seconds == 0)
        {
            return "0s";
        }
        var parts = new[] { (seconds / 86_400, "d"), (seconds % 86_400 / 3_600, "h"), (seconds % 3_600 / 60, "m"), (seconds % 60, "s") };
        return string.Concat(parts.Where(p => p.Item1 > 0).Select(p => p.Item1.ToString(CultureInfo.InvariantCulture) + p.Item2));
    }

    /// <summary>An option taking a duration; a value that is not one is a usage error before anything is sent.</summary>
    public static Option<int?> Option(string name, string description) => new(name)
    {
        Description = description + "; seconds or e.g. 30s, 5m, 1h30m",
        CustomParser = result =>
        {
            var text = result.Tokens.Single().Value;
            if (Parse(text) is { } seconds)
            {
                return seconds;
            }
            result.AddError($"'{text}' is not a duration for {name}: write seconds (90) or e.g. 30s, 5m, 1h30m.");
            return null;
        },
    };

    private static long Part(Match match, string unit) =>
        match.Groups[unit].Success ? long.Parse(match.Groups[unit].Value, CultureInfo.InvariantCulture) : 0;

    [GeneratedRegex(@"^(?:(?<plain>\d{1,9})|(?:(?<d>\d{1,6})d)?(?:(?<h>\d{1,6})h)?(?:(?<m>\d{1,6})m)?(?:(?<s>\d{1,9})s)?)$")]
    private static partial Regex Pattern();
}
