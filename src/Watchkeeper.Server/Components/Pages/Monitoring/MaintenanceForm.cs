using Watchkeeper.Contracts;
using Watchkeeper.Server.Monitoring.Maintenance;
using Watchkeeper.Server.Platform.Scheduling;

namespace Watchkeeper.Server.Components.Pages.Monitoring;

/// <summary>
/// The maintenance dialog's fields. A one-off window's start and end are typed as wall-clock times in the window's
/// time zone, the way people plan work ("Saturday 22:00 Berlin time"), and sent as instants.
/// </summary>
public sealed class MaintenanceForm
{
    public string Name { get; set; } = "";
    public string? Reason { get; set; }
    public bool Recurring { get; set; }
    public DateTime? Starts { get; set; }
    public DateTime? Ends { get; set; }
    public string? Cron { get; set; } = "0 2 * * 0";
    public int? DurationMinutes { get; set; } = 120;
    public string TimeZone { get; set; } = "UTC";
    public IEnumerable<long> CheckIds { get; set; } = [];
    public IEnumerable<long> ItemIds { get; set; } = [];
    public string? Tags { get; set; }
    public bool IncludeDependencies { get; set; }

    /// <summary>A one-off window from the next quarter hour for an hour, covering what it is opened for.</summary>
    public static MaintenanceForm Starting(DateTimeOffset now, long? checkId = null, long? itemId = null)
    {
        var start = new DateTime(now.Year, now.Month, now.Day, now.Hour, now.Minute / 15 * 15, 0).AddMinutes(15);
        return new MaintenanceForm { Starts = start, Ends = start.AddHours(1), CheckIds = checkId is { } c ? [c] : [], ItemIds = itemId is { } i ? [i] : [] };
    }

    public static MaintenanceForm From(MaintenanceWindowDto w)
    {
        var zone = Zone(w.TimeZone);
        return new()
        {
            Name = w.Name, Reason = w.Reason, Recurring = w.Cron is not null, Cron = w.Cron ?? "0 2 * * 0", DurationMinutes = w.DurationMinutes ?? 120,
            TimeZone = w.TimeZone, Starts = Local(w.StartsAt, zone), Ends = Local(w.EndsAt, zone),
            CheckIds = [.. w.Checks.Select(c => c.Id)], ItemIds = [.. w.Items.Select(i => i.Id)], Tags = string.Join(", ", w.Tags), IncludeDependencies = w.IncludeDependencies,
        };
    }

    public MaintenanceWindowRequest ToRequest()
    {
        var zone = Zone(TimeZone);
        var tags = (Tags ?? "").Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new MaintenanceWindowRequest(Name, Reason,
            Recurring ? null : Instant(Starts, zone), Recurring ? null : Instant(Ends, zone),
            Recurring ? Cron : null, Recurring ? DurationMinutes : null, TimeZone, [.. CheckIds], [.. ItemIds], tags, IncludeDependencies);
    }

    /// <summary>The next stretches the form describes, to see that the cron expression means what was meant; empty until it is valid.</summary>
    public IReadOnlyList<MaintenanceOccurrence> Preview(DateTimeOffset now, int count)
    {
        if (!Recurring || Cron?.Trim() is not { Length: > 0 } cron || CronSchedule.Problem(cron) is not null || DurationMinutes is not (>= 1 and <= 10_080) || Zone(TimeZone) is null)
        {
            return [];
        }
        var window = new MaintenanceWindow { Name = Name, Cron = cron, DurationMinutes = DurationMinutes, TimeZone = TimeZone };
        return MaintenanceSchedule.Of(window).After(now, count);
    }

    private static TimeZoneInfo? Zone(string id) => TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null;

    private static DateTime? Local(DateTimeOffset? at, TimeZoneInfo? zone) =>
        at is { } a ? TimeZoneInfo.ConvertTime(a, zone ?? TimeZoneInfo.Utc).DateTime : null;

    // A wall-clock time the clocks skip (02:30 on the night they go forward) is read as the same time an hour later.
    private static DateTimeOffset? Instant(DateTime? local, TimeZoneInfo? zone)
    {
        if (local is not { } wall || zone is null)
        {
            return null;
        }
        var unspecified = DateTime.SpecifyKind(zone.IsInvalidTime(wall) ? wall.AddHours(1) : wall, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, zone.GetUtcOffset(unspecified));
    }
}
