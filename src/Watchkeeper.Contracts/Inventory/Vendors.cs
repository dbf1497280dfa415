using System.ComponentModel.DataAnnotations;

namespace Watchkeeper.Contracts;

/// <summary>A company the organization buys from: who to call when what it sold breaks.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="Name">Name, unique in the organization.</param>
/// <param name="Website">Web site (http or https).</param>
/// <param name="SupportPhone">Support phone number.</param>
/// <param name="SupportEmail">Support e-mail address.</param>
/// <param name="AccountNumber">The organization's account or customer number with the vendor.</param>
/// <param name="Notes">Free text.</param>
/// <param name="ContractCount">Contracts with this vendor.</param>
/// <param name="Version">Concurrency version; sent back as the ETag.</param>
public sealed record VendorDto(
    long Id, string Name, string? Website, string? SupportPhone, string? SupportEmail, string? AccountNumber, string? Notes,
    int ContractCount, int Version)
{
    /// <summary>The request that would write this vendor as it is.</summary>
    public VendorRequest ToRequest() => new(Name, Website, SupportPhone, SupportEmail, AccountNumber, Notes);
}

/// <summary>Creates a vendor, or replaces all of its fields (<c>PUT</c>).</summary>
/// <param name="Name">Name, unique in the organization.</param>
/// <param name="Website">Web site (http or https).</param>
/// <param name="SupportPhone">Support phone number.</param>
/// <param name="SupportEmail">Support e-mail address.</param>
/// <param name="AccountNumber">The organization's account number with the vendor.</param>
/// <param name="Notes">Free text.</param>
public sealed record VendorRequest(
    [property: Required, StringLength(100, MinimumLength = 1)] string Name,
    [property: StringLength(500)] string? Website = null,
    [property: StringLength(50)] string? SupportPhone = null,
    [property: StringLength(254)] string? SupportEmail = null,
    [property: StringLength(100)] string? AccountNumber = null,
    [property: StringLength(2000)] string? Notes = null);

/// <summary>An agreement with a vendor that ends on a date: support, maintenance, a licence.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="Vendor">The vendor.</param>
/// <param name="Kind">What it is for.</param>
/// <param name="Reference">Contract number or reference, unique per vendor.</param>
/// <param name="StartDate">First day it applies.</param>
/// <param name="EndDate">Last day it applies.</param>
/// <param name="RenewalNoticeDays">Days before the end by which it must be renewed or cancelled.</param>
/// <param name="Cost">Cost.</param>
/// <param name="Currency">ISO 4217 currency of the cost.</param>
/// <param name="Description">Free text.</param>
/// <param name="CoveredItems">The configuration items it covers.</param>
/// <param name="Version">Concurrency version; sent back as the ETag.</param>
public sealed record ContractDto(
    long Id, NamedRef Vendor, ContractKind Kind, string Reference, DateOnly StartDate, DateOnly EndDate, int? RenewalNoticeDays,
    decimal? Cost, string? Currency, string? Description, IReadOnlyList<NamedRef> CoveredItems, int Version)
{
    /// <summary>The request that would write this contract as it is.</summary>
    public ContractRequest ToRequest() => new(
        Vendor.Id, Reference, StartDate, EndDate, Kind, RenewalNoticeDays, Cost, Currency, Description, [.. CoveredItems.Select(i => i.Id)]);
}

/// <summary>Creates a contract, or replaces all of its fields (<c>PUT</c>).</summary>
/// <param name="VendorId">The vendor.</param>
/// <param name="Reference">Contract number or reference, unique per vendor.</param>
/// <param name="StartDate">First day it applies.</param>
/// <param name="EndDate">Last day it applies; not before the start.</param>
/// <param name="Kind">What it is for; default support.</param>
/// <param name="RenewalNoticeDays">Days of notice to renew or cancel (0–3650).</param>
/// <param name="Cost">Cost; needs a currency.</param>
/// <param name="Currency">ISO 4217 code, three letters (EUR, USD).</param>
/// <param name="Description">Free text.</param>
/// <param name="CoveredItemIds">Configuration items it covers; null or empty covers none.</param>
public sealed record ContractRequest(
    long VendorId,
    [property: Required, StringLength(100, MinimumLength = 1)] string Reference,
    DateOnly StartDate,
    DateOnly EndDate,
    ContractKind Kind = ContractKind.Support,
    [property: Range(0, 3650)] int? RenewalNoticeDays = null,
    [property: Range(0, 1_000_000_000)] decimal? Cost = null,
    [property: StringLength(3)] string? Currency = null,
    [property: StringLength(2000)] string? Description = null,
    IReadOnlyList<long>? CoveredItemIds = null);

/// <summary>Filters of the vendor list, on top of paging and <c>q</c> (name, account number).</summary>
/// <param name="HasContracts">true: only vendors with at least one contract; false: only those without.</param>
public sealed record VendorFilter(bool? HasContracts = null);

/// <summary>Filters of the contract list, on top of paging and <c>q</c> (reference, vendor name).</summary>
/// <param name="VendorId">Only this vendor's contracts.</param>
/// <param name="Kind">Only this kind.</param>
/// <param name="ItemId">Only contracts covering this configuration item.</param>
/// <param name="EndingWithin">Only contracts whose last day is from today (UTC) to today plus this many days, 0–3650.</param>
/// <param name="EndFrom">Only contracts whose last day is on or after this date.</param>
/// <param name="EndTo">Only contracts whose last day is on or before this date; not before <paramref name="EndFrom"/>.</param>
public sealed record ContractFilter(long? VendorId = null, ContractKind? Kind = null, long? ItemId = null, int? EndingWithin = null,
    DateOnly? EndFrom = null, DateOnly? EndTo = null);
