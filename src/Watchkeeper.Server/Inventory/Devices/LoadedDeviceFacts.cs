using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.CustomFields;
using Watchkeeper.Server.Inventory.Facilities;

namespace Watchkeeper.Server.Inventory.Devices;

/// <summary>
/// The facts read once, for an import, and kept up to date as its rows pass their rules. Inside the
/// import's transaction nothing else can change them on SQLite; on PostgreSQL a device another user
/// saves meanwhile is still refused by the unique indexes when the batch is saved.
/// </summary>
internal sealed class LoadedDeviceFacts : IDeviceFacts
{
    private readonly UniqueValues names = new();
    private readonly UniqueValues serials = new();
    private readonly UniqueValues assetTags = new();
    private readonly Dictionary<long, List<RackSlot>> slots;
    private readonly Dictionary<long, long> rackOf = [];
    private readonly HashSet<long> teams;
    private readonly HashSet<long> sites;
    private readonly HashSet<long> contracts;
    private readonly Dictionary<long, DeviceType> types;
    private readonly Dictionary<long, Rack> racks;
    private readonly IReadOnlyList<CustomField> customFields;

    /// <summary>New devices have no id until their batch is saved; they hold their claims under negative numbers.</summary>
    private long lastNewKey;

    private LoadedDeviceFacts(Dictionary<long, List<RackSlot>> slots, HashSet<long> teams, HashSet<long> sites, HashSet<long> contracts,
        Dictionary<long, DeviceType> types, Dictionary<long, Rack> racks, IReadOnlyList<CustomField> customFields)
    {
        (this.slots, this.teams, this.sites, this.contracts, this.types, this.racks, this.customFields) = (slots, teams, sites, contracts, types, racks, customFields);
        foreach (var (rackId, taken) in slots)
        {
            foreach (var slot in taken)
            {
                rackOf[slot.DeviceId] = rackId;
            }
        }
    }

    public static async Task<LoadedDeviceFacts> LoadAsync(WatchkeeperDb db, long organizationId, CancellationToken ct)
    {
        var racks = await db.Racks.AsNoTracking().Include(r => r.Site).Where(r => r.OrganizationId == organizationId).ToDictionaryAsync(r => r.Id, ct);
        var facts = new LoadedDeviceFacts(
            await RackOccupancy.SlotsAsync(db, racks.Keys.ToList(), ct),
            [.. await db.Teams.Where(t => t.OrganizationId == organizationId).Select(t => t.Id).ToListAsync(ct)],
            [.. await db.Sites.Where(s => s.OrganizationId == organizationId).Select(s => s.Id).ToListAsync(ct)],
            [.. await db.Contracts.Where(c => c.OrganizationId == organizationId).Select(c => c.Id).ToListAsync(ct)],
            await db.DeviceTypes.AsNoTracking().Include(t => t.Interfaces).Where(t => t.OrganizationId == organizationId).ToDictionaryAsync(t => t.Id, ct),
            racks,
            await CustomFieldValues.FieldsAsync(db, organizationId, CiKind.Device, ct));
        await foreach (var device in db.Devices.AsNoTracking().Where(d => d.OrganizationId == organizationId)
            .Select(d => new { d.Id, d.Item.Name, d.Serial, d.AssetTag }).AsAsyncEnumerable().WithCancellation(ct))
        {
            facts.names.Set(device.Id, device.Name);
            facts.serials.Set(device.Id, device.Serial);
            facts.assetTags.Set(device.Id, device.AssetTag);
        }
        return facts;
    }

    public ValueTask<bool> NameTakenAsync(Device device, string name, CancellationToken ct) => new(names.TakenByOther(device.Id, name));

    public ValueTask<bool> SerialTakenAsync(Device device, string serial, CancellationToken ct) => new(serials.TakenByOther(device.Id, serial));

    public ValueTask<bool> AssetTagTakenAsync(Device device, string assetTag, CancellationToken ct) => new(assetTags.TakenByOther(device.Id, assetTag));

    public ValueTask<bool> TeamExistsAsync(long teamId, CancellationToken ct) => new(teams.Contains(teamId));

    public ValueTask<bool> SiteExistsAsync(long siteId, CancellationToken ct) => new(sites.Contains(siteId));

    public ValueTask<bool> ContractExistsAsync(long contractId, CancellationToken ct) => new(contracts.Contains(contractId));

    public ValueTask<DeviceType?> DeviceTypeAsync(long deviceTypeId, CancellationToken ct) => new(types.GetValueOrDefault(deviceTypeId));

    public ValueTask<Rack?> RackAsync(long rackId, CancellationToken ct) => new(racks.GetValueOrDefault(rackId));

    public ValueTask<IReadOnlyList<RackSlot>> SlotsAsync(long rackId, CancellationToken ct) => new(slots.GetValueOrDefault(rackId) ?? []);

    public ValueTask<IReadOnlyList<CustomField>> CustomFieldsAsync(CancellationToken ct) => new(customFields);

    public void Accepted(Device device, DeviceClaim claim)
    {
        var key = device.Id != 0 ? device.Id : --lastNewKey;
        names.Set(key, claim.Name);
        serials.Set(key, claim.Serial);
        assetTags.Set(key, claim.AssetTag);
        if (rackOf.Remove(key, out var previousRack))
        {
            slots[previousRack].RemoveAll(s => s.DeviceId == key);
        }
        if (claim is { RackId: { } rackId, Slot: { } slot })
        {
            rackOf[key] = rackId;
            (slots.TryGetValue(rackId, out var taken) ? taken : slots[rackId] = []).Add(slot with { DeviceId = key });
        }
    }

    /// <summary>A value no two devices may share, readable both ways so a device's old value is released when it changes.</summary>
    private sealed class UniqueValues
    {
        private readonly Dictionary<string, long> ownerOf = new(StringComparer.Ordinal);
        private readonly Dictionary<long, string> valueOf = [];

        /// <summary>A new device (id 0) owns nothing yet, so any holder is another device.</summary>
        public bool TakenByOther(long deviceId, string value) => ownerOf.TryGetValue(value, out var owner) && owner != deviceId;

        public void Set(long deviceId, string? value)
        {
            if (valueOf.Remove(deviceId, out var previous) && ownerOf.GetValueOrDefault(previous) == deviceId)
            {
                ownerOf.Remove(previous);
            }
            if (value is not null)
            {
                ownerOf[value] = deviceId;
                valueOf[deviceId] = value;
            }
        }
    }
}
