using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform;

namespace Watchkeeper.Server.Inventory.Network;

/// <summary>IP addresses: the rules shared by the API and the pages.</summary>
public sealed class IpAddressAdministration(WatchkeeperDb db) : InventoryAdministration<IpAddress, IpAddressRequest>(db)
{
    public override string Noun => "IP address";

    protected override IpAddress New(long organizationId) => new() { OrganizationId = organizationId, Key = "", Text = "" };

    /// <summary>Two requests for the same free address can both pass the check; the unique index refuses the second.</summary>
    protected override async Task<OperationError?> SaveAsync(IpAddress address, CancellationToken ct)
    {
        try
        {
            await Db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateException)
        {
            Db.ChangeTracker.Clear();
            if (await TakenAsync(address, ct))
            {
                return Duplicate(address.Text);
            }
            throw;
        }
    }

    private Task<bool> TakenAsync(IpAddress address, CancellationToken ct) =>
        Db.IpAddresses.AsNoTracking().AnyAsync(a => a.OrganizationId == address.OrganizationId && a.VrfScope == address.VrfScope
            && a.Family == address.Family && a.Key == address.Key && a.Id != address.Id, ct);

    private static OperationError Duplicate(string text) =>
        OperationError.Field("address", $"{text[..text.IndexOf('/', StringComparison.Ordinal)]} is already in use in this VRF.");

    protected override async Task<OperationError?> ApplyAsync(IpAddress address, IpAddressRequest request, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var (family, value, length, problem) = IpNotation.ParseAddress(request.Address);
        var candidate = new IpAddress
        {
            OrganizationId = address.OrganizationId, Id = address.Id, VrfScope = request.VrfId ?? 0, Family = family,
            Key = IpBlock.Key(value), Text = $"{new IpBlock(family, value, length).Address(value)}/{length}",
        };
        if (problem is not null)
        {
            errors.Add("address", problem);
        }
        else if (await TakenAsync(candidate, ct))
        {
            errors.AddRange(Duplicate(candidate.Text).Fields!);
        }
        var dnsName = DnsName.Normalize(request.DnsName);
        if (dnsName is not null && !DnsName.IsValid(dnsName))
        {
            errors.Add("dnsName", $"'{request.DnsName!.Trim()}' is not a valid DNS name: labels of letters, digits and inner hyphens, joined by dots.");
        }
        await NetworkReferences.CheckVrfAsync(Db, address.OrganizationId, request.VrfId, errors, ct);
        if (request.ItemId is { } itemId && !await Db.ConfigurationItems.AnyAsync(i => i.Id == itemId && i.OrganizationId == address.OrganizationId, ct))
        {
            errors.Add("itemId", "No configuration item with that id exists in this organization.");
        }
        if (errors.ToError() is { } error)
        {
            return error;
        }
        (address.VrfId, address.VrfScope, address.Family, address.Key, address.Length, address.Text) =
            (request.VrfId, candidate.VrfScope, family, candidate.Key, length, candidate.Text);
        (address.Status, address.DnsName, address.ItemId) = (request.Status, dnsName, request.ItemId);
        address.Description = InventoryText.Optional(request.Description);
        return null;
    }
}
