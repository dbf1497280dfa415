using Watchkeeper.Contracts;

namespace Watchkeeper.Server.Components.Pages.Inventory.Ipam;

/// <summary>The address page's filters as the form edits them and the address keeps them, by the list API's names.</summary>
public sealed record AddressListFilter
{
    public string? Q { get; set; }

    /// <summary>The VRF; 0 is the global table, none every VRF.</summary>
    public long? VrfId { get; set; }

    /// <summary>A prefix in CIDR notation the addresses lie in.</summary>
    public string? Within { get; set; }

    /// <summary>The configuration item (a device, usually) the addresses are assigned to.</summary>
    public long? ItemId { get; set; }

    public IpAddressStatus? Status { get; set; }

    public static AddressListFilter From(string? q, long? vrfId, string? within, long? itemId, string? status) => new()
    {
        Q = string.IsNullOrWhiteSpace(q) ? null : q, VrfId = vrfId, Within = string.IsNullOrWhiteSpace(within) ? null : within, ItemId = itemId,
        Status = Enum.TryParse<IpAddressStatus>(status, true, out var s) ? s : null,
    };

    public bool IsEmpty => this == new AddressListFilter();

    public IpAddressFilter ToFilter() => new(VrfId, null, ItemId, Within, Status);

    /// <summary>The query parameters, null for those not set; the page navigates to them and the export reads them.</summary>
    public Dictionary<string, object?> ToQuery() => new()
    {
        ["q"] = Q is { Length: > 0 } q ? q.Trim() : null, ["vrfId"] = VrfId, ["within"] = Within is { Length: > 0 } w ? w.Trim() : null,
        ["itemId"] = ItemId, ["status"] = Status?.ToString(),
    };
}
