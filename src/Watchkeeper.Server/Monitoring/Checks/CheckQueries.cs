using System.Linq.Expressions;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Monitoring.Checks;

/// <summary>Checks as the API and the pages list and show them: the filter, the paging and the shape.</summary>
public static class CheckQueries
{
    public static readonly Keyset<Check> Paging = new Keyset<Check>(c => c.Id, "name").Sortable("name", c => c.Name);

    /// <summary>What a page reads from the database; the settings are turned into their records in memory.</summary>
    public sealed record CheckRow(Check Check, CheckStatus Status, ItemRef? Item);

    public static Expression<Func<Check, CheckRow>> Row(WatchkeeperDb db) => c => new CheckRow(c, c.Status!,
        db.ConfigurationItems.Where(i => i.Id == c.ItemId).Select(i => new ItemRef(i.Id, i.Kind, i.Name)).FirstOrDefault());

    public static IQueryable<Check> Filter(WatchkeeperDb db, long organizationId, CheckState? state, CheckKind? kind, long? itemId, string? q)
    {
        var checks = db.Checks.AsNoTracking().Where(c => c.OrganizationId == organizationId);
        if (state == CheckState.Maintenance)
        {
            checks = checks.Where(c => c.Status!.MaintenanceWindowId != null);
        }
        else if (state is { } s)
        {
            checks = checks.Where(c => c.Status!.State == s && c.Status.MaintenanceWindowId == null);
        }
        if (kind is { } k)
        {
            checks = checks.Where(c => c.Kind == k);
        }
        if (itemId is { } item)
        {
            checks = checks.Where(c => c.ItemId == item);
        }
        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim().ToUpperInvariant();
            checks = checks.Where(c => c.Name.ToUpper().Contains(text));
        }
        return checks;
    }

    public static CheckDto ToDto(CheckRow row)
    {
        var (check, status) = (row.Check, row.Status);
        var settings = CheckDefinition.Request(check);
        return new CheckDto(check.Id, check.Name, check.Kind, row.Item, check.IntervalSeconds, check.TimeoutSeconds, check.FailuresBeforeDown,
            check.SuccessesBeforeUp, check.Paused, settings.Http, settings.Tcp, check.CredentialsSecret is not null,
            new CheckStatusDto(status.Shown, status.StateSince, status.Flapping, status.LastRunAt, status.LastResult, status.LastMessage,
                status.LastLatencyMs, check.Paused ? null : status.NextRunAt, status.State, status.MaintenanceWindowId),
            check.Version, settings.Ping, settings.Dns, settings.Tls, settings.Heartbeat);
    }

    public static async Task<CheckDto?> FindAsync(WatchkeeperDb db, long organizationId, long id, CancellationToken ct) =>
        await db.Checks.AsNoTracking().Where(c => c.Id == id && c.OrganizationId == organizationId).Select(Row(db)).SingleOrDefaultAsync(ct) is { } row
            ? ToDto(row)
            : null;

    public static CheckResultDto ToDto(CheckResult r) => new(r.Id, r.At, r.Result, r.Message, r.LatencyMs,
        JsonSerializer.Deserialize<Dictionary<string, string>>(r.Evidence) ?? []);

    public static CheckStateChangeDto ToDto(CheckStateChange c) => new(c.Id, c.At, c.From, c.To, c.Message, c.Flapping, c.Suppressed);
}
