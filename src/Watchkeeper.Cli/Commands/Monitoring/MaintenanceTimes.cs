using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using Watchkeeper.Contracts;

namespace Watchkeeper.Cli.Commands.Monitoring;

/// <summary>
/// Times and durations of maintenance windows as operators write them: <c>now</c>, <c>+2h</c> from now,
/// an ISO 8601 time with its offset, or a wall-clock time read in the window's time zone ("Saturday 22:00 Berlin time").
/// </summary>
public static partial class MaintenanceTimes
{
    public const string TimeForms = "now, +30m or +2h from now, 2026-12-05T22:00+01:00, or a wall-clock 2026-12-05T22:00 read in --time-zone";

    /// <summary>The instant the text stands for, or null when it is not a time; <paramref name="zone"/> is asked for only by a wall-clock time.</summary>
    public static DateTimeOffset? Parse(string text, Func<TimeZoneInfo> zone, DateTimeOffset now)
    {
        var trimmed = text.Trim();
        if (trimmed.Equals("now", StringComparison.OrdinalIgnoreCase))
        {
            return now;
        }
        if (trimmed.StartsWith('+'))
        {
            // A bare number would be seconds to intervals but minutes to --duration: here it has to say which.
            var ahead = trimmed[1..];
            return ahead.All(char.IsAsciiDigit) || Seconds.Parse(ahead) is not { } seconds ? null : now.AddSeconds(seconds);
        }
        var match = Pattern().Match(trimmed);
        if (!match.Success || !DateTime.TryParseExact($"{match.Groups["date"].Value}T{match.Groups["time"].Value}", WallClock, CultureInfo.InvariantCulture,
                DateTimeStyles.None, out var wall))
        {
            return null;
        }
        if (!match.Groups["offset"].Success)
        {
            return InZone(wall, zone());
        }
        var offset = Offset(match.Groups["offset"].Value);
        return offset.Duration() <= TimeSpan.FromHours(14) ? new DateTimeOffset(wall, offset) : null;
    }

    /// <summary>Minutes as <c>--duration</c> takes them: <c>90</c> (minutes), <c>90m</c>, <c>2h</c>, <c>1h30m</c>, <c>1d</c>; null when it is no duration.</summary>
    public static int? Minutes(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length is > 0 and <= 9 && trimmed.All(char.IsAsciiDigit))
        {
            return int.Parse(trimmed, CultureInfo.InvariantCulture);
        }
        return DurationText.TryParse(trimmed, out var minutes) ? minutes : null;
    }

    /// <summary>An option taking minutes; a value that is not a duration is a usage error before anything is sent.</summary>
    public static Option<int?> MinutesOption(string name, string description) => new(name)
    {
        Description = description + "; minutes (90) or e.g. 90m, 2h, 1h30m",
        CustomParser = result =>
        {
            var text = result.Tokens.Single().Value;
            if (Minutes(text) is { } minutes)
            {
                return minutes;
            }
            result.AddError($"'{text}' is not a duration for {name}: write minutes (90) or e.g. 90m, 2h, 1h30m.");
            return null;
        },
    };

    /// <summary>The time zone named by an IANA id, or null when this machine does not know it.</summary>
    public static TimeZoneInfo? Zone(string id) => TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out var zone) ? zone : null;

    /// <summary>An instant as the wall clock in a zone shows it, with the offset: <c>2026-12-06 02:00 +01:00</c>.</summary>
    public static string Local(DateTimeOffset at, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture);

    // A wall-clock time the clocks skip (02:30 on the night they go forward) is read as the same time an hour later, as the web form reads it.
    private static DateTimeOffset InZone(DateTime wall, TimeZoneInfo zone)
    {
        var local = DateTime.SpecifyKind(zone.IsInvalidTime(wall) ? wall.AddHours(1) : wall, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    private static TimeSpan Offset(string text)
    {
        if (text is "Z" or "z")
        {
            return TimeSpan.Zero;
        }
        var digits = text[1..].Replace(":", "", StringComparison.Ordinal);
        var offset = new TimeSpan(int.Parse(digits[..2], CultureInfo.InvariantCulture), digits.Length > 2 ? int.Parse(digits[2..], CultureInfo.InvariantCulture) : 0, 0);
        return text[0] == '-' ? -offset : offset;
    }

    private static readonly string[] WallClock = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF"];

    [GeneratedRegex(@"^(?<date>\d{4}-\d{2}-\d{2})[Tt ](?<time>\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?)\s*(?<offset>[Zz]|[+-]\d{2}(?::?\d{2})?)?$")]
    private static partial Regex Pattern();
}
