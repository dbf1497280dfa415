using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Inventory.Facilities;

/// <summary>Reads which units of which racks are taken; used by placement checks, rack lists and the elevation.</summary>
public static class RackOccupancy
{
    public static async Task<Dictionary<long, List<RackSlot>>> SlotsAsync(WatchkeeperDb db, IReadOnlyCollection<long> rackIds, CancellationToken ct)
    {
        var rows = await db.Devices.AsNoTracking()
            .Where(d => d.RackId != null && rackIds.Contains(d.RackId.Value) && d.Position != null && d.DeviceType != null && d.DeviceType.HeightU > 0)
            .Select(d => new { RackId = d.RackId!.Value, d.Id, d.Item.Name, Position = d.Position!.Value, d.DeviceType!.HeightU, d.Face, d.DeviceType.FullDepth })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.RackId).ToDictionary(
            g => g.Key,
            g => g.Select(r => new RackSlot(r.Id, r.Name, r.Position, r.HeightU, r.Face ?? RackFace.Front, r.FullDepth)).ToList());
    }

    public static async Task<List<RackSlot>> SlotsAsync(WatchkeeperDb db, long rackId, CancellationToken ct) =>
        (await SlotsAsync(db, [rackId], ct)).GetValueOrDefault(rackId) ?? [];

    /// <summary>The racks with their used units filled in.</summary>
    public static async Task<IReadOnlyList<RackDto>> WithUsageAsync(WatchkeeperDb db, IReadOnlyList<RackDto> racks, CancellationToken ct)
    {
        var slots = await SlotsAsync(db, racks.Select(r => r.Id).ToList(), ct);
        return racks.Select(r => r with { UsedU = RackPlacement.UsedUnits(slots.GetValueOrDefault(r.Id) ?? []) }).ToList();
    }
}
