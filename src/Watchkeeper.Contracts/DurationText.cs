using System.Globalization;
using System.Text.RegularExpressions;

namespace Watchkeeper.Contracts;

/// <summary>
/// Durations as operators write them for RTO and RPO: days, hours and minutes, largest first
/// (<c>4h</c>, <c>30m</c>, <c>1d12h</c>, <c>0m</c>). Stored as whole minutes.
/// </summary>
public static partial class DurationText
{
    /// <summary>The longest duration accepted: a year.</summary>
    public const int MaxMinutes = 365 * 24 * 60;

    /// <summary>Parses a duration; false when the text is not one or exceeds a year.</summary>
    /// <param name="text">The duration as written.</param>
    /// <param name="minutes">The duration in minutes.</param>
    public static bool TryParse(string text, out int minutes)
    {
        minutes = 0;
        var match = Pattern().Match(text.Trim().ToLowerInvariant());
        if (!match.Success || match.Length == 0)
        {
            return false;
        }
        long total = Part(match, "d") * 24 * 60 + Part(match, "h") * 60 + Part(match, "m");
        if (total > MaxMinutes)
        {
            return false;
        }
        minutes = (int)total;
        return true;
    }

    /// <summary>Writes minutes the way <see cref="TryParse"/> reads them; null stays null.</summary>
    /// <param name="minutes">The duration in minutes.</param>
    public static string? Format(int? minutes)
    {
        if (minutes is not { } total)
        {
            return null;
        }
        if (total == 0)
        {
            return "0m";
        }
        var parts = new[] { (total / 1440, "d"), (total % 1440 / 60, "h"), (total % 60, "m") };
        return string.Concat(parts.Where(p => p.Item1 > 0).Select(p => p.Item1.ToString(CultureInfo.InvariantCulture) + p.Item2));
    }

    private static long Part(Match match, string unit) =>
        match.Groups[unit].Success ? long.Parse(match.Groups[unit].Value, CultureInfo.InvariantCulture) : 0;

    [GeneratedRegex(@"^(?:(?<d>\d{1,6})d)?(?:(?<h>\d{1,6})h)?(?:(?<m>\d{1,6})m)?$")]
    private static partial Regex Pattern();
}
