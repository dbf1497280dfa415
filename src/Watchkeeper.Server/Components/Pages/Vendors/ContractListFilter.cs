using Watchkeeper.Contracts;

namespace Watchkeeper.Server.Components.Pages.Vendors;

/// <summary>The contract list's filter form, and the query string it stands for: the names the list API and the export read.</summary>
public sealed record ContractListFilter
{
    public string? Q { get; set; }
    public long? VendorId { get; set; }
    public ContractKind? Kind { get; set; }
    public long? ItemId { get; set; }
    public int? EndingWithin { get; set; }
    public DateTime? EndFrom { get; set; }
    public DateTime? EndTo { get; set; }

    public ContractFilter ToFilter() => new(VendorId, Kind, ItemId, EndingWithin, Date(EndFrom), Date(EndTo));

    public Dictionary<string, object?> ToQuery() => new()
    {
        ["q"] = Q is { Length: > 0 } q ? q : null, ["vendorId"] = VendorId, ["kind"] = Kind?.ToString(), ["itemId"] = ItemId,
        ["endingWithin"] = EndingWithin, ["endFrom"] = Text(EndFrom), ["endTo"] = Text(EndTo), ["view"] = null,
    };

    private static DateOnly? Date(DateTime? value) => value is { } v ? DateOnly.FromDateTime(v) : null;

    private static string? Text(DateTime? value) => Date(value)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
