using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory;
using Watchkeeper.Server.Monitoring.Heartbeats;
using Watchkeeper.Server.Monitoring.Maintenance;
using Watchkeeper.Server.Platform;
using Watchkeeper.Server.Platform.Secrets;

namespace Watchkeeper.Server.Monitoring.Checks;

/// <summary>Checks: the rules shared by the API and the pages. Pausing and resuming are state changes like any other, on the record.</summary>
public sealed class CheckAdministration(WatchkeeperDb db, SecretStore secrets, HeartbeatTokens heartbeats, MaintenanceCalendar maintenance, TimeProvider clock) : InventoryAdministration<Check, CheckRequest>(db)
{
    public override string Noun => "Check";

    protected override IQueryable<Check> Rows => Db.Checks.Include(c => c.Status).Include(c => c.Heartbeat);

    protected override Check New(long organizationId)
    {
        var now = clock.GetUtcNow();
        // A new check runs at once; after its first run it keeps to its own slots.
        return new() { OrganizationId = organizationId, Name = "", CreatedAt = now, Status = new CheckStatus { OrganizationId = organizationId, NextRunAt = now } };
    }

    protected override async Task<OperationError?> ApplyAsync(Check check, CheckRequest request, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var name = request.Name.Trim();
        if (await Db.Checks.AnyAsync(c => c.OrganizationId == check.OrganizationId && c.Name == name && c.Id != check.Id, ct))
        {
            errors.Add("name", $"A check named '{name}' already exists.");
        }
        await CheckSettingsRules.CheckAsync(Db, check.OrganizationId, request, errors, ct);
        if (errors.ToError() is { } error)
        {
            return error;
        }
        var interval = request.IntervalSeconds ?? CheckDefaults.IntervalSeconds;
        (check.Name, check.Kind, check.ItemId, check.IntervalSeconds) = (name, request.Kind, request.ItemId, interval);
        check.TimeoutSeconds = CheckDefaults.Timeout(request);
        check.FailuresBeforeDown = request.FailuresBeforeDown ?? CheckDefaults.FailuresBeforeDown(request.Kind);
        check.SuccessesBeforeUp = request.SuccessesBeforeUp ?? States.CheckThresholds.Default.SuccessesBeforeUp;
        check.Settings = CheckDefinition.Write(request);
        var credentials = (await CheckCredentials.LoadAsync(secrets, check, ct)).With(request.Http);
        await credentials.SaveAsync(secrets, check, ct);
        Pause(check, request.Paused);
        await heartbeats.ApplyAsync(check, ct);
        return null;
    }

    protected override async Task<OperationError?> SaveAsync(Check check, CancellationToken ct)
    {
        try
        {
            await Db.SaveChangesAsync(ct);
            // A new check on an item in maintenance is in maintenance from its first run.
            maintenance.Forget();
            return null;
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            Db.ChangeTracker.Clear();
            return OperationError.Field("name", $"A check named '{check.Name}' already exists.");
        }
    }

    protected override async Task RemoveAsync(Check check, CancellationToken ct)
    {
        if (check.CredentialsSecret is { } name)
        {
            await secrets.DeleteAsync(check.OrganizationId, name, ct);
        }
        await heartbeats.RemoveAsync(check, ct);
        Db.Remove(check);
    }

    /// <summary>Pauses or resumes: a paused check is not run; a resumed one starts again from unknown, at once.</summary>
    private void Pause(Check check, bool paused)
    {
        var status = check.Status!;
        if (paused == (status.State == CheckState.Paused))
        {
            return;
        }
        var now = clock.GetUtcNow();
        var memory = paused ? States.CheckMemory.New with { State = CheckState.Paused } : States.CheckMemory.New;
        if (check.Id != 0)
        {
            var message = paused ? "Paused." : "Resumed.";
            var change = new CheckStateChange { CheckId = check.Id, OrganizationId = check.OrganizationId, At = now, From = status.State, To = memory.State, Message = message };
            Db.CheckStateChanges.Add(change);
            Db.Publish(new CheckStateChanged(check.Id, check.Name, check.ItemId, status.State, memory.State, now, message, false, new Dictionary<string, string>()), check.OrganizationId);
        }
        status.Remember(memory);
        (status.StateSince, status.NextRunAt) = (now, now);
        if (check.Heartbeat is { } heartbeat)
        {
            // A resumed heartbeat waits a whole period (and its grace) for its first ping, as a new one does.
            (heartbeat.WaitingSince, heartbeat.StartedAt) = (now, null);
        }
        // A resumed check finds its way back into a window in force on its first run.
        (status.MaintenanceWindowId, status.StateBeforeMaintenance) = (null, null);
        check.Paused = paused;
    }
}
