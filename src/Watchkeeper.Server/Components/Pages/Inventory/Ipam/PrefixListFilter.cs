using Watchkeeper.Contracts;

namespace Watchkeeper.Server.Components.Pages.Inventory.Ipam;

/// <summary>
/// The prefix page's filters as the form edits them and the address keeps them, by the list API's names. Without a
/// search or a filter the page is one VRF's tree (the global table unless another is chosen); with one it is a flat
/// list, of every VRF unless one is chosen.
/// </summary>
public sealed record PrefixListFilter
{
    public string? Q { get; set; }
    public long? VrfId { get; set; }
    public long? SiteId { get; set; }
    public PrefixStatus? Status { get; set; }
    public IpFamily? Family { get; set; }

    public bool IsTree => Q is null && SiteId is null && Status is null && Family is null;

    /// <summary>The VRF of the tree: the global table (0) unless one is chosen.</summary>
    public long TreeScope => VrfId ?? 0;

    public static PrefixListFilter From(string? q, long? vrfId, long? siteId, string? status, string? family)
    {
        var filter = new PrefixListFilter
        {
            Q = string.IsNullOrWhiteSpace(q) ? null : q, SiteId = siteId,
            Status = Enum.TryParse<PrefixStatus>(status, true, out var s) ? s : null,
            Family = Enum.TryParse<IpFamily>(family, true, out var f) ? f : null,
        };
        // The tree always shows one VRF; the dropdown says which, and so does the export.
        filter.VrfId = vrfId ?? (filter.IsTree ? 0 : null);
        return filter;
    }

    public PrefixFilter ToFilter() => new(VrfId, Family, null, SiteId, Status);

    /// <summary>The query parameters, null for those not set; the page navigates to them and the export reads them.</summary>
    public Dictionary<string, object?> ToQuery() => new()
    {
        ["q"] = Q is { Length: > 0 } q ? q.Trim() : null, ["vrfId"] = VrfId, ["siteId"] = SiteId, ["status"] = Status?.ToString(),
        ["family"] = Family?.ToString(),
    };
}
