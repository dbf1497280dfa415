using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory;
using Watchkeeper.Server.Inventory.Facilities;
using Watchkeeper.Server.Platform;
using Watchkeeper.Server.Platform.Scheduling;

namespace Watchkeeper.Server.Monitoring.Maintenance;

/// <summary>Maintenance windows: the rules shared by the API and the pages.</summary>
public sealed class MaintenanceAdministration(WatchkeeperDb db, MaintenanceCalendar calendar, TimeProvider clock)
    : InventoryAdministration<MaintenanceWindow, MaintenanceWindowRequest>(db)
{
    /// <summary>The longest one-off window: longer work is planned as a recurring window or several windows.</summary>
    public static readonly TimeSpan LongestOneOff = TimeSpan.FromDays(31);

    private const int MostTargets = 500;

    public override string Noun => "Maintenance window";

    protected override MaintenanceWindow New(long organizationId) => new() { OrganizationId = organizationId, Name = "", CreatedAt = clock.GetUtcNow() };

    protected override async Task<OperationError?> ApplyAsync(MaintenanceWindow window, MaintenanceWindowRequest request, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var name = request.Name.Trim();
        if (await Db.MaintenanceWindows.AnyAsync(w => w.OrganizationId == window.OrganizationId && w.Name == name && w.Id != window.Id, ct))
        {
            errors.Add("name", $"A maintenance window named '{name}' already exists.");
        }
        var cron = request.Cron?.Trim() is { Length: > 0 } c ? c : null;
        var zone = request.TimeZone?.Trim() is { Length: > 0 } z ? z : "UTC";
        if (cron is null)
        {
            CheckOneOff(request, errors);
        }
        else
        {
            CheckRecurring(request, cron, zone, errors);
        }
        var tags = (request.Tags ?? []).Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        await CheckTargetsAsync(window.OrganizationId, request, tags, errors, ct);
        if (errors.ToError() is { } error)
        {
            return error;
        }
        (window.Name, window.Reason, window.IncludeDependencies) = (name, request.Reason?.Trim() is { Length: > 0 } reason ? reason : null, request.IncludeDependencies);
        (window.StartsAt, window.EndsAt) = cron is null ? (request.StartsAt, request.EndsAt) : (null, null);
        (window.Cron, window.DurationMinutes, window.TimeZone) = (cron, cron is null ? null : request.DurationMinutes, zone);
        (window.CheckIds, window.ItemIds, window.Tags) = ([.. (request.CheckIds ?? []).Distinct()], [.. (request.ItemIds ?? []).Distinct()], tags);
        return null;
    }

    private void CheckOneOff(MaintenanceWindowRequest request, FieldErrors errors)
    {
        if (request.DurationMinutes is not null)
        {
            errors.Add("durationMinutes", "A duration belongs to a recurring window; give a cron expression too, or an end instead.");
        }
        if (request.StartsAt is not { } start)
        {
            errors.Add("startsAt", "Give the window's start, or a cron expression for a recurring window.");
        }
        if (request.EndsAt is not { } end)
        {
            errors.Add("endsAt", "Give the window's end.");
            return;
        }
        if (end <= clock.GetUtcNow())
        {
            errors.Add("endsAt", "This window would already be over; give an end in the future.");
        }
        if (request.StartsAt is { } from && end <= from)
        {
            errors.Add("endsAt", "The end must come after the start.");
        }
        else if (request.StartsAt is { } begin && end - begin > LongestOneOff)
        {
            errors.Add("endsAt", $"A one-off window lasts at most {LongestOneOff.TotalDays:0} days; plan longer work as a recurring window.");
        }
    }

    private static void CheckRecurring(MaintenanceWindowRequest request, string cron, string zone, FieldErrors errors)
    {
        if (request.StartsAt is not null || request.EndsAt is not null)
        {
            errors.Add("startsAt", "A recurring window starts at its cron times; leave the start and end empty, or the cron expression for a one-off window.");
        }
        if (CronSchedule.Problem(cron) is { } problem)
        {
            errors.Add("cron", problem);
        }
        if (request.DurationMinutes is null)
        {
            errors.Add("durationMinutes", "Say how long each window lasts, in minutes (1 to 10080).");
        }
        if (!SiteQueries.IsTimeZone(zone))
        {
            errors.Add("timeZone", SiteQueries.NotATimeZone(zone));
        }
    }

    private async Task CheckTargetsAsync(long organizationId, MaintenanceWindowRequest request, List<string> tags, FieldErrors errors, CancellationToken ct)
    {
        var checks = (request.CheckIds ?? []).Distinct().ToList();
        var items = (request.ItemIds ?? []).Distinct().ToList();
        if (checks.Count + items.Count + tags.Count == 0)
        {
            errors.Add("checkIds", "Choose what the window covers: checks, configuration items or tags.");
        }
        if (checks.Count > MostTargets || items.Count > MostTargets || tags.Count > MostTargets)
        {
            errors.Add("checkIds", $"A window names at most {MostTargets} checks, items and tags each; cover many by a tag instead.");
            return;
        }
        if (tags.FirstOrDefault(t => t.Length > 50) is { } longTag)
        {
            errors.Add("tags", $"'{longTag[..20]}…' is longer than a tag can be (50 characters).");
        }
        var knownChecks = await Db.Checks.Where(c => c.OrganizationId == organizationId && checks.Contains(c.Id)).Select(c => c.Id).ToListAsync(ct);
        if (checks.Except(knownChecks).FirstOrDefault() is var check and not 0)
        {
            errors.Add("checkIds", $"There is no check {check} in this organization.");
        }
        var knownItems = await Db.ConfigurationItems.Where(i => i.OrganizationId == organizationId && items.Contains(i.Id)).Select(i => i.Id).ToListAsync(ct);
        if (items.Except(knownItems).FirstOrDefault() is var item and not 0)
        {
            errors.Add("itemIds", $"There is no item {item} in this organization.");
        }
    }

    protected override async Task<OperationError?> SaveAsync(MaintenanceWindow window, CancellationToken ct)
    {
        try
        {
            await Db.SaveChangesAsync(ct);
            calendar.Forget();
            return null;
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            Db.ChangeTracker.Clear();
            return OperationError.Field("name", $"A maintenance window named '{window.Name}' already exists.");
        }
    }

    protected override Task RemoveAsync(MaintenanceWindow window, CancellationToken ct)
    {
        Db.Remove(window);
        calendar.Forget();
        return Task.CompletedTask;
    }
}
