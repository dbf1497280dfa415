using System.ComponentModel.DataAnnotations;

namespace Watchkeeper.Contracts;

/// <summary>
/// Creates or replaces a maintenance window: a time when the checks it covers still run and record their results, but
/// their state changes raise nothing. Either one-off (<paramref name="StartsAt"/> to <paramref name="EndsAt"/>) or
/// recurring (<paramref name="Cron"/> starts, each lasting <paramref name="DurationMinutes"/>, read in <paramref name="TimeZone"/>).
/// </summary>
/// <param name="Name">Unique in the organization, up to 100 characters.</param>
/// <param name="Reason">Why, shown on the checks it covers (a change number, "monthly patching").</param>
/// <param name="StartsAt">A one-off window's start.</param>
/// <param name="EndsAt">A one-off window's end, after its start and at most 31 days later.</param>
/// <param name="Cron">A recurring window's starts: minute hour day-of-month month day-of-week, like <c>0 2 * * 0</c>.</param>
/// <param name="DurationMinutes">How long each recurring window lasts, 1 to 10080 (a week).</param>
/// <param name="TimeZone">The IANA time zone the cron expression is read in (default UTC), so 02:00 stays 02:00 across daylight saving.</param>
/// <param name="CheckIds">Checks covered by name.</param>
/// <param name="ItemIds">Configuration items (devices, services, applications) whose checks are covered.</param>
/// <param name="Tags">Items carrying any of these tags have their checks covered.</param>
/// <param name="IncludeDependencies">Also cover the checks of everything the chosen items rely on (what a service runs on).</param>
public sealed record MaintenanceWindowRequest(
    [property: Required, StringLength(100, MinimumLength = 1)] string Name,
    [property: StringLength(500)] string? Reason = null,
    DateTimeOffset? StartsAt = null,
    DateTimeOffset? EndsAt = null,
    [property: StringLength(100)] string? Cron = null,
    [property: Range(1, 10_080)] int? DurationMinutes = null,
    [property: StringLength(64)] string? TimeZone = null,
    IReadOnlyList<long>? CheckIds = null,
    IReadOnlyList<long>? ItemIds = null,
    IReadOnlyList<string>? Tags = null,
    bool IncludeDependencies = false);

/// <summary>A maintenance window as stored, with where it stands now.</summary>
/// <param name="Id">Window id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Reason">Why.</param>
/// <param name="StartsAt">A one-off window's start.</param>
/// <param name="EndsAt">A one-off window's end.</param>
/// <param name="Cron">A recurring window's starts.</param>
/// <param name="DurationMinutes">How long each recurring window lasts.</param>
/// <param name="TimeZone">The time zone the cron expression is read in.</param>
/// <param name="Checks">The checks chosen by name.</param>
/// <param name="Items">The items whose checks are covered.</param>
/// <param name="Tags">The tags whose items' checks are covered.</param>
/// <param name="IncludeDependencies">Whether what the items rely on is covered too.</param>
/// <param name="ActiveUntil">When the occurrence in progress ends; null when the window is not active now.</param>
/// <param name="NextStart">The next occurrence's start after now (or after the one in progress); null when none is left.</param>
/// <param name="CoveredChecks">How many checks the window covers now, through its checks, items, tags and dependencies.</param>
/// <param name="Version">For If-Match.</param>
public sealed record MaintenanceWindowDto(
    long Id, string Name, string? Reason, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, string? Cron, int? DurationMinutes, string TimeZone,
    IReadOnlyList<NamedRef> Checks, IReadOnlyList<ItemRef> Items, IReadOnlyList<string> Tags, bool IncludeDependencies,
    DateTimeOffset? ActiveUntil, DateTimeOffset? NextStart, int CoveredChecks, int Version)
{
    /// <summary>The request that would write this window as it is: the starting point for changing some fields with <c>PUT</c>.</summary>
    public MaintenanceWindowRequest ToRequest() => new(
        Name, Reason, StartsAt, EndsAt, Cron, DurationMinutes, TimeZone, [.. Checks.Select(c => c.Id)], [.. Items.Select(i => i.Id)], Tags, IncludeDependencies);
}

/// <summary>One occurrence of a window: from its start to its end.</summary>
public sealed record MaintenanceOccurrenceDto(DateTimeOffset Start, DateTimeOffset End);
