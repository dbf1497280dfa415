using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Monitoring.Checks;
using Watchkeeper.Server.Monitoring.Probes;

namespace Watchkeeper.Server.Monitoring.Maintenance;

/// <summary>
/// Moves a check into and out of maintenance. Both steps are kept in the check's history and raise nothing. At the end,
/// a check whose confirmed state differs from its state when the window began raises that change then, so a server
/// that did not come back from its patching still pages someone, and one that was fixed in the window resolves.
/// </summary>
public static class MaintenanceTransitions
{
    public static void Apply(WatchkeeperDb db, Check check, CheckStatus status, ActiveMaintenance? active, DateTimeOffset at)
    {
        if (check.Paused)
        {
            return;
        }
        if (active is { Window: var window, Stretch: var stretch })
        {
            if (status.MaintenanceWindowId is null)
            {
                status.StateBeforeMaintenance = status.State;
                var reason = window.Reason is { Length: > 0 } r ? $" ({r})" : "";
                Remember(db, check, status.State, CheckState.Maintenance, at, $"Maintenance '{window.Name}'{reason} began; it ends {stretch.End:yyyy-MM-dd HH:mm} UTC.");
            }
            status.MaintenanceWindowId = window.Id;
            return;
        }
        if (status.MaintenanceWindowId is null)
        {
            return;
        }
        var before = status.StateBeforeMaintenance ?? status.State;
        (status.MaintenanceWindowId, status.StateBeforeMaintenance) = (null, null);
        Remember(db, check, CheckState.Maintenance, status.State, at, "Maintenance ended.");
        if (before != status.State)
        {
            var message = $"During maintenance it went from {before} to {status.State}: {status.LastMessage}";
            db.Publish(new CheckStateChanged(check.Id, check.Name, check.ItemId, before, status.State, at, ProbeOutcome.Shorten(message), status.Flapping,
                new Dictionary<string, string>()), check.OrganizationId);
        }
    }

    private static void Remember(WatchkeeperDb db, Check check, CheckState from, CheckState to, DateTimeOffset at, string message) =>
        db.CheckStateChanges.Add(new CheckStateChange
        {
            CheckId = check.Id, OrganizationId = check.OrganizationId, At = at, From = from, To = to, Message = ProbeOutcome.Shorten(message), Suppressed = true,
        });
}
