using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory;
using Watchkeeper.Server.Platform;
using Watchkeeper.Server.Platform.Authorization;

namespace Watchkeeper.Server.Monitoring.Running;

/// <summary>"Test now" on a form: the same rules as saving, then one run of what was typed; nothing is stored.</summary>
public sealed class CheckTester(WatchkeeperDb db, CheckRunner runner)
{
    public async Task<Outcome<CheckTestDto>> TestAsync(Access access, CheckRequest request, CancellationToken ct)
    {
        var errors = new FieldErrors();
        Checks.CheckSettingsRules.Check(request, errors);
        if (request.ItemId is { } itemId && !await db.ConfigurationItems.AnyAsync(i => i.Id == itemId && i.OrganizationId == access.OrganizationId, ct))
        {
            errors.Add("itemId", $"No configuration item with id {itemId} exists in this organization.");
        }
        if (errors.ToError() is { } error)
        {
            return error;
        }
        var interval = request.IntervalSeconds ?? Checks.CheckDefaults.IntervalSeconds;
        var timeout = TimeSpan.FromSeconds(request.TimeoutSeconds ?? Math.Min(Checks.CheckDefaults.TimeoutSeconds, interval - 1));
        var outcome = await runner.RunAsync(request.Kind, request.Http, request.Tcp, timeout, ct);
        return new CheckTestDto(outcome.Result, outcome.Message, outcome.LatencyMs, outcome.Evidence);
    }
}
