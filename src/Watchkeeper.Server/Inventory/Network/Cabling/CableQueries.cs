using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Inventory.Network.Cabling;

/// <summary>How cables are read, by the API and the pages alike.</summary>
public static class CableQueries
{
    public static readonly Keyset<Cable> Paging = new Keyset<Cable>(c => c.Id, "id").Sortable("label", c => c.Label);

    private static readonly NamedRef Unknown = new(0, "");

    private static readonly Expression<Func<Cable, CableDto>> ToDto = c => new CableDto(
        c.Id, new CableEndDto(Unknown, Unknown), new CableEndDto(Unknown, Unknown), c.Type, c.Label, c.LengthMeters, c.Colour, c.Status, c.Version);

    /// <summary><c>q</c> matches a label anywhere.</summary>
    public static IQueryable<Cable> Filter(WatchkeeperDb db, long organizationId, CableFilter filter, string? q)
    {
        var cables = db.Cables.AsNoTracking().Where(c => c.OrganizationId == organizationId);
        if (filter.DeviceId is { } deviceId)
        {
            cables = cables.Where(c => c.Ends.Any(e => e.Interface.DeviceId == deviceId));
        }
        if (!string.IsNullOrWhiteSpace(q))
        {
            var label = q.Trim().ToUpperInvariant();
            cables = cables.Where(c => c.Label != null && c.Label.ToUpper().Contains(label));
        }
        return cables;
    }

    public static async Task<Page<CableDto>> PageAsync(WatchkeeperDb db, IQueryable<Cable> cables, ListQuery query, CancellationToken ct)
    {
        var page = await Paging.PageAsync(cables, query, ToDto, ct);
        return page with { Items = await WithEndsAsync(db, page.Items, ct) };
    }

    public static async Task<CableDto?> FindAsync(WatchkeeperDb db, long organizationId, long id, CancellationToken ct)
    {
        var found = await db.Cables.AsNoTracking().Where(c => c.Id == id && c.OrganizationId == organizationId).Select(ToDto).ToListAsync(ct);
        return (await WithEndsAsync(db, found, ct)).SingleOrDefault();
    }

    private static async Task<IReadOnlyList<CableDto>> WithEndsAsync(WatchkeeperDb db, IReadOnlyList<CableDto> cables, CancellationToken ct)
    {
        var ends = (await CableEndRow.OfCablesAsync(db, cables.Select(c => c.Id).ToList(), ct)).ToDictionary(e => (e.CableId, e.Side));
        return cables.Select(c => c with { A = ends[(c.Id, CableSide.A)].ToDto(), B = ends[(c.Id, CableSide.B)].ToDto() }).ToList();
    }
}
