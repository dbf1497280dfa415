using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Inventory.Vendors;

/// <summary>How vendors are read and filtered, by the API, the export and the pages alike.</summary>
public static class VendorQueries
{
    public static readonly Keyset<Vendor> Paging = new Keyset<Vendor>(v => v.Id, "name").Sortable("name", v => v.Name);

    public static Expression<Func<Vendor, VendorDto>> ToDto(WatchkeeperDb db) => v => new VendorDto(
        v.Id, v.Name, v.Website, v.SupportPhone, v.SupportEmail, v.AccountNumber, v.Notes,
        db.Contracts.Count(c => c.VendorId == v.Id), v.Version);

    /// <summary><c>q</c> matches the name or the account number anywhere, case-insensitively: people quote either.</summary>
    public static IQueryable<Vendor> Filter(WatchkeeperDb db, long organizationId, VendorFilter filter, string? q)
    {
        var vendors = db.Vendors.AsNoTracking().Where(v => v.OrganizationId == organizationId);
        if (filter.HasContracts is { } has)
        {
            vendors = vendors.Where(v => db.Contracts.Any(c => c.VendorId == v.Id) == has);
        }
        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim().ToUpperInvariant();
            vendors = vendors.Where(v => v.Name.ToUpper().Contains(text) || (v.AccountNumber != null && v.AccountNumber.ToUpper().Contains(text)));
        }
        return vendors;
    }

    public static Task<VendorDto?> FindAsync(WatchkeeperDb db, long organizationId, long id, CancellationToken ct) =>
        db.Vendors.AsNoTracking().Where(v => v.Id == id && v.OrganizationId == organizationId).Select(ToDto(db)).SingleOrDefaultAsync(ct);
}
