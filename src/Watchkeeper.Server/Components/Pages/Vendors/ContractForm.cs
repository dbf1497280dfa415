using Watchkeeper.Contracts;

namespace Watchkeeper.Server.Components.Pages.Vendors;

/// <summary>The contract dialog's editable copy of a <see cref="ContractRequest"/>.</summary>
public sealed class ContractForm
{
    public long? VendorId { get; set; }
    public string Reference { get; set; } = "";
    public ContractKind Kind { get; set; }
    public DateTime? StartDate { get; set; }
    public DateTime? EndDate { get; set; }
    public int? RenewalNoticeDays { get; set; }
    public decimal? Cost { get; set; }
    public string? Currency { get; set; }
    public string? Description { get; set; }
    public IEnumerable<long> CoveredItemIds { get; set; } = [];

    public static ContractForm From(ContractDto c) => new()
    {
        VendorId = c.Vendor.Id, Reference = c.Reference, Kind = c.Kind, StartDate = c.StartDate.ToDateTime(TimeOnly.MinValue),
        EndDate = c.EndDate.ToDateTime(TimeOnly.MinValue), RenewalNoticeDays = c.RenewalNoticeDays, Cost = c.Cost, Currency = c.Currency,
        Description = c.Description, CoveredItemIds = [.. c.CoveredItems.Select(i => i.Id)],
    };

    /// <summary>An empty date goes as the earliest one, so the server reports it on its field rather than the form guessing.</summary>
    public ContractRequest ToRequest() => new(
        VendorId ?? 0, Reference, Date(StartDate), Date(EndDate), Kind, RenewalNoticeDays, Cost, Currency, Description, [.. CoveredItemIds]);

    private static DateOnly Date(DateTime? value) => value is { } v ? DateOnly.FromDateTime(v) : DateOnly.MinValue;
}
