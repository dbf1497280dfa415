using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform;

namespace Watchkeeper.Server.Inventory.Vendors;

/// <summary>Contracts: the rules shared by the API and the pages.</summary>
public sealed partial class ContractAdministration(WatchkeeperDb db) : InventoryAdministration<Contract, ContractRequest>(db)
{
    public override string Noun => "Contract";

    protected override IQueryable<Contract> Rows => Db.Contracts.Include(c => c.CoveredItems);

    protected override Contract New(long organizationId) => new() { OrganizationId = organizationId, Reference = "" };

    protected override async Task<OperationError?> ApplyAsync(Contract contract, ContractRequest request, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var reference = request.Reference.Trim();
        if (!await Db.Vendors.AnyAsync(v => v.Id == request.VendorId && v.OrganizationId == contract.OrganizationId, ct))
        {
            errors.Add("vendorId", "No vendor with that id exists in this organization.");
        }
        else if (await Db.Contracts.AnyAsync(c => c.VendorId == request.VendorId && c.Reference == reference && c.Id != contract.Id, ct))
        {
            errors.Add("reference", $"This vendor already has a contract '{reference}'.");
        }
        if (request.EndDate < request.StartDate)
        {
            errors.Add("endDate", "The contract cannot end before it starts.");
        }
        var currency = InventoryText.Optional(request.Currency)?.ToUpperInvariant();
        if (currency is not null && !CurrencyCode().IsMatch(currency))
        {
            errors.Add("currency", $"'{currency}' is not an ISO 4217 currency code: use three letters such as EUR or USD.");
        }
        if (request.Cost is not null && currency is null)
        {
            errors.Add("currency", "Give the currency of the cost.");
        }
        var itemIds = (request.CoveredItemIds ?? []).Distinct().ToList();
        var known = await Db.ConfigurationItems.CountAsync(i => itemIds.Contains(i.Id) && i.OrganizationId == contract.OrganizationId, ct);
        if (known != itemIds.Count)
        {
            errors.Add("coveredItemIds", "Some of the covered items do not exist in this organization.");
        }
        if (errors.ToError() is { } error)
        {
            return error;
        }
        contract.VendorId = request.VendorId;
        contract.Reference = reference;
        contract.Kind = request.Kind;
        contract.StartDate = request.StartDate;
        contract.EndDate = request.EndDate;
        contract.RenewalNoticeDays = request.RenewalNoticeDays;
        contract.Cost = request.Cost;
        contract.Currency = currency;
        contract.Description = InventoryText.Optional(request.Description);
        contract.CoveredItems.RemoveAll(i => !itemIds.Contains(i.ItemId));
        contract.CoveredItems.AddRange(itemIds.Where(id => contract.CoveredItems.All(i => i.ItemId != id))
            .Select(id => new ContractItem { ItemId = id, OrganizationId = contract.OrganizationId }));
        return null;
    }

    /// <summary>Devices it supported lose the reference in the same save, so each change is on the record.</summary>
    protected override async Task RemoveAsync(Contract contract, CancellationToken ct)
    {
        foreach (var device in await Db.Devices.Include(d => d.Item).Where(d => d.SupportContractId == contract.Id).ToListAsync(ct))
        {
            device.SupportContractId = null;
            Db.Entry(device.Item).Property(i => i.Version).IsModified = true;
        }
        Db.Remove(contract);
    }

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyCode();
}
