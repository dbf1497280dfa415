using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform;

namespace Watchkeeper.Server.Inventory.Vendors;

/// <summary>Vendors: the rules shared by the API and the pages.</summary>
public sealed class VendorAdministration(WatchkeeperDb db) : InventoryAdministration<Vendor, VendorRequest>(db)
{
    public override string Noun => "Vendor";

    protected override Vendor New(long organizationId) => new() { OrganizationId = organizationId, Name = "" };

    /// <summary>A vendor's contracts are its history with it: they are deleted first, each on the record.</summary>
    protected override async Task<string?> StillUsedAsync(Vendor vendor, CancellationToken ct)
    {
        var contracts = await Db.Contracts.CountAsync(c => c.VendorId == vendor.Id, ct);
        return contracts > 0 ? $"Vendor '{vendor.Name}' still has {contracts} contract(s). Delete them first." : null;
    }

    protected override async Task<OperationError?> ApplyAsync(Vendor vendor, VendorRequest request, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var name = request.Name.Trim();
        if (await Db.Vendors.AnyAsync(v => v.OrganizationId == vendor.OrganizationId && v.Name == name && v.Id != vendor.Id, ct))
        {
            errors.Add("name", $"A vendor named '{name}' already exists.");
        }
        var website = InventoryText.Optional(request.Website);
        if (website is not null && !WebAddress.IsValid(website))
        {
            errors.Add("website", $"'{website}' is not a web address: use http:// or https:// and a host name.");
        }
        var email = InventoryText.Optional(request.SupportEmail);
        if (email is not null && !IsEmail(email))
        {
            errors.Add("supportEmail", $"'{email}' is not an e-mail address like support@example.com.");
        }
        if (errors.ToError() is { } error)
        {
            return error;
        }
        vendor.Name = name;
        vendor.Website = website;
        vendor.SupportPhone = InventoryText.Optional(request.SupportPhone);
        vendor.SupportEmail = email;
        vendor.AccountNumber = InventoryText.Optional(request.AccountNumber);
        vendor.Notes = InventoryText.Optional(request.Notes);
        return null;
    }

    private static bool IsEmail(string text) =>
        MailAddress.TryCreate(text, out var address) && address.Address == text && address.Host.Contains('.', StringComparison.Ordinal);
}
