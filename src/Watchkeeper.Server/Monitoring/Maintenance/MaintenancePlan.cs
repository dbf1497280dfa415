namespace Watchkeeper.Server.Monitoring.Maintenance;

/// <summary>A window as the scheduler uses it: when it is in force and the checks it covers.</summary>
public sealed record PlannedWindow(long Id, long OrganizationId, string Name, string? Reason, MaintenanceSchedule Schedule, IReadOnlySet<long> Checks);

/// <summary>A window in force for a check, and the stretch it is in.</summary>
public sealed record ActiveMaintenance(PlannedWindow Window, MaintenanceOccurrence Stretch);

/// <summary>Every window with the checks it covers, as read at one moment of the database (<see cref="Stamp"/>).</summary>
public sealed class MaintenancePlan
{
    public static readonly MaintenancePlan Empty = new(-1, []);

    private readonly Dictionary<long, List<PlannedWindow>> byCheck = [];

    public MaintenancePlan(long stamp, IReadOnlyList<PlannedWindow> windows)
    {
        (Stamp, Windows) = (stamp, windows);
        foreach (var window in windows)
        {
            foreach (var check in window.Checks)
            {
                (byCheck.TryGetValue(check, out var list) ? list : byCheck[check] = []).Add(window);
            }
        }
    }

    /// <summary>The newest audit entry when the plan was read: any change to windows, checks or items comes after it.</summary>
    public long Stamp { get; }

    public IReadOnlyList<PlannedWindow> Windows { get; }

    public PlannedWindow? Find(long windowId) => Windows.FirstOrDefault(w => w.Id == windowId);

    /// <summary>Every check some window holds at <paramref name="at"/>, each window's schedule worked out once.</summary>
    public Dictionary<long, ActiveMaintenance> HeldAt(DateTimeOffset at)
    {
        var held = new Dictionary<long, ActiveMaintenance>();
        foreach (var window in Windows)
        {
            if (window.Schedule.At(at) is not { } stretch)
            {
                continue;
            }
            foreach (var check in window.Checks.Where(c => !held.TryGetValue(c, out var other) || stretch.End > other.Stretch.End))
            {
                held[check] = new ActiveMaintenance(window, stretch);
            }
        }
        return held;
    }

    /// <summary>The window holding the check at <paramref name="at"/>; of several, the one that lasts longest.</summary>
    public ActiveMaintenance? For(long checkId, DateTimeOffset at)
    {
        ActiveMaintenance? found = null;
        foreach (var window in byCheck.GetValueOrDefault(checkId) ?? [])
        {
            if (window.Schedule.At(at) is { } stretch && (found is null || stretch.End > found.Stretch.End))
            {
                found = new ActiveMaintenance(window, stretch);
            }
        }
        return found;
    }
}
