using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory;
using Watchkeeper.Server.Monitoring.Checks;
using Watchkeeper.Server.Platform;
using Watchkeeper.Server.Platform.Authorization;

namespace Watchkeeper.Server.Monitoring.Running;

/// <summary>"Test now" on a form: the same rules as saving, then one run of what was typed; nothing is stored.</summary>
public sealed class CheckTester(WatchkeeperDb db, CheckRunner runner)
{
    public async Task<Outcome<CheckTestDto>> TestAsync(Access access, CheckRequest request, CancellationToken ct)
    {
        var errors = new FieldErrors();
        await CheckSettingsRules.CheckAsync(db, access.OrganizationId, request, errors, ct);
        if (errors.ToError() is { } error)
        {
            return error;
        }
        var outcome = await runner.RunAsync(request, TimeSpan.FromSeconds(CheckDefaults.Timeout(request)), ct);
        return new CheckTestDto(outcome.Result, outcome.Message, outcome.LatencyMs, outcome.Evidence);
    }
}
