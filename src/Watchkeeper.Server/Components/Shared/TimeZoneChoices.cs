namespace Watchkeeper.Server.Components.Shared;

/// <summary>The IANA time zones a person can choose from (a site's, a schedule's).</summary>
public static class TimeZoneChoices
{
    public static IReadOnlyList<string> All { get; } =
        TimeZoneInfo.GetSystemTimeZones().Where(z => z.HasIanaId).Select(z => z.Id).Append("UTC").Distinct().Order().ToList();
}
