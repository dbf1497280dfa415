using Watchkeeper.Server.Inventory.CustomFields;
using Watchkeeper.Server.Inventory.Facilities;

namespace Watchkeeper.Server.Inventory.Devices;

/// <summary>
/// What a device's rules read about the rest of the inventory. A change through the API reads the
/// database (<see cref="DeviceFactsFromDb"/>); an import reads it all once (<see cref="LoadedDeviceFacts"/>),
/// so a file of 100,000 rows keeps the very same rules without a round trip per row.
/// </summary>
internal interface IDeviceFacts
{
    /// <summary>True when another device of the organization has this name (likewise serial and asset tag below).</summary>
    ValueTask<bool> NameTakenAsync(Device device, string name, CancellationToken ct);

    ValueTask<bool> SerialTakenAsync(Device device, string serial, CancellationToken ct);

    ValueTask<bool> AssetTagTakenAsync(Device device, string assetTag, CancellationToken ct);

    ValueTask<bool> TeamExistsAsync(long teamId, CancellationToken ct);

    ValueTask<bool> SiteExistsAsync(long siteId, CancellationToken ct);

    ValueTask<bool> ContractExistsAsync(long contractId, CancellationToken ct);

    /// <returns>The organization's device type with its interface templates, or null.</returns>
    ValueTask<DeviceType?> DeviceTypeAsync(long deviceTypeId, CancellationToken ct);

    /// <returns>The organization's rack with its site, or null.</returns>
    ValueTask<Rack?> RackAsync(long rackId, CancellationToken ct);

    /// <summary>The units taken in the rack, the device being checked included.</summary>
    ValueTask<IReadOnlyList<RackSlot>> SlotsAsync(long rackId, CancellationToken ct);

    ValueTask<IReadOnlyList<CustomField>> CustomFieldsAsync(CancellationToken ct);

    /// <summary>The device passed its rules and is about to be saved: checks of later devices must see it as it will be.</summary>
    void Accepted(Device device, DeviceClaim claim);
}

/// <summary>What a device holds that no other device may share: its name, serial, asset tag and units in a rack.</summary>
internal sealed record DeviceClaim(string Name, string? Serial, string? AssetTag, long? RackId, RackSlot? Slot);
