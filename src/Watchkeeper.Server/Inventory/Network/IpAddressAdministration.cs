using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform;
using Watchkeeper.Server.Platform.Authorization;

namespace Watchkeeper.Server.Inventory.Network;

/// <summary>IP addresses: the rules shared by the API and the pages.</summary>
public sealed class IpAddressAdministration(WatchkeeperDb db)
{
    public async Task<Outcome<IpAddress>> CreateAsync(Access access, IpAddressRequest request, CancellationToken ct)
    {
        var address = new IpAddress { OrganizationId = access.OrganizationId, Key = "", Text = "" };
        if (await ApplyAsync(address, request, ct) is { } error)
        {
            return error;
        }
        db.IpAddresses.Add(address);
        return await SaveAsync(address, ct);
    }

    public async Task<Outcome<IpAddress>> UpdateAsync(Access access, long id, IpAddressRequest request, Func<IVersioned, bool> matches, CancellationToken ct)
    {
        var address = await db.IpAddresses.SingleOrDefaultAsync(a => a.Id == id && a.OrganizationId == access.OrganizationId, ct);
        if (address is null)
        {
            return OperationError.NotFound("IP address");
        }
        if (!matches(address))
        {
            return OperationError.Stale;
        }
        if (await ApplyAsync(address, request, ct) is { } error)
        {
            return error;
        }
        return await SaveAsync(address, ct);
    }

    public async Task<Outcome<Done>> DeleteAsync(Access access, long id, CancellationToken ct)
    {
        var address = await db.IpAddresses.SingleOrDefaultAsync(a => a.Id == id && a.OrganizationId == access.OrganizationId, ct);
        if (address is null)
        {
            return OperationError.NotFound("IP address");
        }
        db.IpAddresses.Remove(address);
        await db.SaveChangesAsync(ct);
        return Done.Value;
    }

    /// <summary>Two requests for the same free address can both pass the check; the unique index refuses the second.</summary>
    private async Task<Outcome<IpAddress>> SaveAsync(IpAddress address, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return address;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (await TakenAsync(address, ct))
            {
                return Duplicate(address.Text);
            }
            throw;
        }
    }

    private Task<bool> TakenAsync(IpAddress address, CancellationToken ct) =>
        db.IpAddresses.AsNoTracking().AnyAsync(a => a.OrganizationId == address.OrganizationId && a.VrfScope == address.VrfScope
            && a.Family == address.Family && a.Key == address.Key && a.Id != address.Id, ct);

    private static OperationError Duplicate(string text) =>
        OperationError.Field("address", $"{text[..text.IndexOf('/', StringComparison.Ordinal)]} is already in use in this VRF.");

    private async Task<OperationError?> ApplyAsync(IpAddress address, IpAddressRequest request, CancellationToken ct)
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
        await NetworkReferences.CheckVrfAsync(db, address.OrganizationId, request.VrfId, errors, ct);
        if (request.ItemId is { } itemId && !await db.ConfigurationItems.AnyAsync(i => i.Id == itemId && i.OrganizationId == address.OrganizationId, ct))
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
