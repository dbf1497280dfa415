using System.CommandLine;
using Watchkeeper.Cli.Commands.Inventory;
using Watchkeeper.Cli.Hosting;
using Watchkeeper.Contracts;

namespace Watchkeeper.Cli.Commands.Monitoring;

/// <summary>A window's schedule and what it covers, for <c>create</c> and <c>update</c>: given options replace the field, others keep it.</summary>
public sealed class MaintenanceFields
{
    private readonly Option<string?> starts = new("--starts") { Description = $"A one-off window's start (default now): {MaintenanceTimes.TimeForms}" };
    private readonly Option<string?> ends = new("--ends") { Description = "A one-off window's end, at most 31 days after its start; the same forms as --starts" };
    private readonly Option<string?> cron = new("--cron") { Description = "A recurring window's starts: minute hour day-of-month month day-of-week, e.g. '0 2 * * 0'" };
    private readonly Option<int?> duration = MaintenanceTimes.MinutesOption("--duration", "How long each occurrence of a recurring window lasts, up to a week");
    private readonly Option<string?> timeZone = new("--time-zone") { Description = "IANA time zone the cron expression and wall-clock times are read in, e.g. Europe/Berlin (default UTC)" };
    private readonly Option<string?> reason = new("--reason") { Description = "Why, shown on the checks it covers: a change number, 'monthly patching' ('' clears it)" };
    private readonly Option<string[]> checks = Options.Many("--check", "A check it covers, id or name; replaces the window's checks ('none' removes them)");
    private readonly Option<string[]> items = Options.Many("--item",
        "A device, redundancy group or service (id or name) whose checks it covers; replaces the window's items ('none' removes them)");
    private readonly Option<string[]> tags = Options.Many("--tag", "Items carrying this tag have their checks covered; replaces the window's tags ('none' removes them)");
    private readonly Option<bool?> dependencies = new("--include-dependencies")
    {
        Description = "Also cover the checks of everything the items rely on (what a service runs on); 'false' stops it",
    };

    public Symbol[] All => [starts, ends, cron, duration, timeZone, checks, items, tags, dependencies, reason];

    public async Task<MaintenanceWindowRequest> ApplyAsync(Session s, MaintenanceWindowRequest current, DateTimeOffset now, CancellationToken ct)
    {
        // Times first: a time wk cannot read is a usage error before any name is looked up on the server.
        var request = When(s, current with
        {
            Reason = s.Value(reason) ?? current.Reason,
            TimeZone = s.Value(timeZone) ?? current.TimeZone,
            IncludeDependencies = s.Value(dependencies) ?? current.IncludeDependencies,
        }, now);
        if (Given(s, checks) is { } checkNames)
        {
            request = request with { CheckIds = await ResolveAsync(checkNames, name => CheckLookup.CheckAsync(s.Client, name, ct)) };
        }
        if (Given(s, items) is { } itemNames)
        {
            request = request with { ItemIds = await ResolveAsync(itemNames, name => InventoryLookup.ItemAsync(s.Client, name, ct)) };
        }
        return Given(s, tags) is { } given ? request with { Tags = given } : request;
    }

    /// <summary>The schedule the options give: a one-off start and end, or cron starts with a duration; either replaces the other.</summary>
    private MaintenanceWindowRequest When(Session s, MaintenanceWindowRequest request, DateTimeOffset now)
    {
        var (from, to, expression, minutes) = (s.Value(starts), s.Value(ends), s.Value(cron), s.Value(duration));
        var oneOff = from is not null || to is not null;
        if (oneOff && (expression is not null || minutes is not null))
        {
            throw CliException.Usage("Give --starts and --ends for a one-off window, or --cron and --duration for a recurring one, not both.");
        }
        if (expression is not null || minutes is not null)
        {
            return request with { StartsAt = null, EndsAt = null, Cron = expression ?? request.Cron, DurationMinutes = minutes ?? request.DurationMinutes };
        }
        if (!oneOff)
        {
            return request;
        }
        var zoneId = request.TimeZone is { Length: > 0 } z ? z : "UTC";
        TimeZoneInfo Zone() => MaintenanceTimes.Zone(zoneId)
            ?? throw CliException.Usage($"'{zoneId}' is not a time zone wk knows, so it cannot read a wall-clock time in it; use an IANA name like Europe/Berlin.");
        DateTimeOffset Time(Option<string?> option, string text) => MaintenanceTimes.Parse(text, Zone, now)
            ?? throw CliException.Usage($"'{text}' is not a time for {option.Name}: write {MaintenanceTimes.TimeForms}.");
        return request with
        {
            StartsAt = from is null ? request.StartsAt ?? now : Time(starts, from),
            EndsAt = to is null ? request.EndsAt : Time(ends, to),
            Cron = null,
            DurationMinutes = null,
        };
    }

    /// <summary>The values of a repeatable option without 'none'; null when it was not given, so the field keeps its value.</summary>
    private static List<string>? Given(Session s, Option<string[]> option) =>
        Options.Values(s, option) is { Count: > 0 } given ? [.. given.Where(v => !InventoryCommands.IsNone(v))] : null;

    private static async Task<List<long>> ResolveAsync(List<string> names, Func<string, Task<long>> find)
    {
        var ids = new List<long>();
        foreach (var name in names)
        {
            // An id is taken as it is, so only names need the server.
            ids.Add(Lookup.Id(name) ?? await find(name));
        }
        return ids;
    }
}
