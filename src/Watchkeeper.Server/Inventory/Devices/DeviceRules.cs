using Watchkeeper.Contracts;
using Watchkeeper.Server.Inventory.Facilities;
using Watchkeeper.Server.Inventory.Items;
using Watchkeeper.Server.Platform;

namespace Watchkeeper.Server.Inventory.Devices;

/// <summary>Every rule a device's fields must keep, each reported on the field that breaks it.</summary>
internal sealed class DeviceRules(IDeviceFacts facts, Device device)
{
    private readonly FieldErrors errors = new();
    /// <summary>The stored form of the request's custom field values, by field id, once checked.</summary>
    public IReadOnlyDictionary<long, string> CustomFieldValues { get; private set; } = new Dictionary<long, string>();

    /// <summary>
    /// Checks the request; on success the device's site is set (a racked device is at its rack's site)
    /// and the facts are told what the device now holds.
    /// </summary>
    public async Task<OperationError?> CheckAsync(DeviceRequest request, CancellationToken ct)
    {
        await CheckIdentityAsync(request, ct);
        CheckAddresses(request);
        await CheckReferencesAsync(request, ct);
        var (siteId, slot) = await CheckPlacementAsync(request, ct);
        CustomFieldValues = CustomFields.CustomFieldValues.Check(await facts.CustomFieldsAsync(ct), CiKind.Device, request.CustomFields, errors);
        if (ItemTags.Problem(ItemTags.Normalize(request.Tags)) is { } tagProblem)
        {
            errors.Add("tags", tagProblem);
        }
        if (request.PurchaseDate is { } bought && request.WarrantyEnd < bought)
        {
            errors.Add("warrantyEnd", "The warranty cannot end before the purchase date.");
        }
        if (errors.ToError() is { } error)
        {
            return error;
        }
        device.SiteId = siteId;
        facts.Accepted(device, new DeviceClaim(request.Name.Trim(), InventoryText.Optional(request.Serial), InventoryText.Optional(request.AssetTag), request.RackId, slot));
        return null;
    }

    private async Task CheckIdentityAsync(DeviceRequest request, CancellationToken ct)
    {
        var name = request.Name.Trim();
        if (await facts.NameTakenAsync(device, name, ct))
        {
            errors.Add("name", $"A device named '{name}' already exists.");
        }
        if (InventoryText.Optional(request.Serial) is { } serial
            && await facts.SerialTakenAsync(device, serial, ct))
        {
            errors.Add("serial", $"Another device already has the serial number '{serial}'.");
        }
        if (InventoryText.Optional(request.AssetTag) is { } tag
            && await facts.AssetTagTakenAsync(device, tag, ct))
        {
            errors.Add("assetTag", $"Another device already has the asset tag '{tag}'.");
        }
    }

    private void CheckAddresses(DeviceRequest request)
    {
        if (InventoryText.Optional(request.PrimaryIp) is { } ip && !IpText.IsValid(ip))
        {
            errors.Add("primaryIp", $"'{ip}' is not an IPv4 address (like 192.0.2.10) or an IPv6 address (like 2001:db8::10).");
        }
        foreach (var (field, value) in new[] { ("hostname", request.Hostname), ("fqdn", request.Fqdn) })
        {
            if (InventoryText.Optional(value) is { } host && Uri.CheckHostName(host) != UriHostNameType.Dns)
            {
                errors.Add(field, $"'{host}' is not a valid host name: use letters, digits, hyphens and dots.");
            }
        }
    }

    private async Task CheckReferencesAsync(DeviceRequest request, CancellationToken ct)
    {
        if (request.OwnerTeamId is { } teamId && !await facts.TeamExistsAsync(teamId, ct))
        {
            errors.Add("ownerTeamId", "No team with that id exists in this organization.");
        }
        if (request.DeviceTypeId is { } typeId && await facts.DeviceTypeAsync(typeId, ct) is null)
        {
            errors.Add("deviceTypeId", "No device type with that id exists in this organization.");
        }
        if (request.SiteId is { } siteId && !await facts.SiteExistsAsync(siteId, ct))
        {
            errors.Add("siteId", "No site with that id exists in this organization.");
        }
        if (request.SupportContractId is { } contractId && !await facts.ContractExistsAsync(contractId, ct))
        {
            errors.Add("supportContractId", "No contract with that id exists in this organization.");
        }
    }

    /// <returns>The site the device is at, and the units it takes in its rack.</returns>
    private async Task<(long? SiteId, RackSlot? Slot)> CheckPlacementAsync(DeviceRequest request, CancellationToken ct)
    {
        if (request.RackId is not { } rackId)
        {
            if (request.Position is not null)
            {
                errors.Add("position", "Choose a rack before a position in it.");
            }
            return (request.SiteId, null);
        }
        var rack = await facts.RackAsync(rackId, ct);
        if (rack is null)
        {
            errors.Add("rackId", "No rack with that id exists in this organization.");
            return (request.SiteId, null);
        }
        if (request.SiteId is { } siteId && siteId != rack.SiteId)
        {
            errors.Add("rackId", $"Rack '{rack.Name}' is at site '{rack.Site.Name}'; a device in it must be at that site too.");
        }
        var slot = request.Position is { } position ? await CheckSlotAsync(rack, position, request, ct) : null;
        return (rack.SiteId, slot);
    }

    private async Task<RackSlot?> CheckSlotAsync(Rack rack, int position, DeviceRequest request, CancellationToken ct)
    {
        var type = request.DeviceTypeId is { } typeId ? await facts.DeviceTypeAsync(typeId, ct) : null;
        if (type is null)
        {
            errors.Add("deviceTypeId", "Choose a device type to place the device at a position: the type says how many units it takes.");
            return null;
        }
        if (type.HeightU == 0)
        {
            errors.Add("position", $"'{type.DisplayName}' is a 0U device: it is in the rack but takes no unit, so leave the position empty.");
            return null;
        }
        var slot = new RackSlot(device.Id, request.Name.Trim(), position, type.HeightU, request.Face ?? RackFace.Front, type.FullDepth);
        errors.AddRange(RackPlacement.Check(rack.HeightU, slot, await facts.SlotsAsync(rack.Id, ct)));
        return slot;
    }
}
