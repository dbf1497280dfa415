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

    /// <summary>A cable's own columns; its ends are read after the page (see <see cref="CableEndRow"/>).</summary>
    private sealed record CableFields(long Id, CableType Type, string? Label, double? LengthMeters, string? Colour, CableStatus Status, int Version);

    private static readonly Expression<Func<Cable, CableFields>> Fields = c => new CableFields(c.Id, c.Type, c.Label, c.LengthMeters, c.Colour, c.Status, c.Version);

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
        var page = await Paging.PageAsync(cables, query, Fields, ct);
        return new Page<CableDto>(await WithEndsAsync(db, page.Items, ct), page.NextCursor);
    }

    public static async Task<CableDto?> FindAsync(WatchkeeperDb db, long organizationId, long id, CancellationToken ct)
    {
        var found = await db.Cables.AsNoTracking().Where(c => c.Id == id && c.OrganizationId == organizationId).Select(Fields).ToListAsync(ct);
        return (await WithEndsAsync(db, found, ct)).SingleOrDefault();
    }

    private static async Task<IReadOnlyList<CableDto>> WithEndsAsync(WatchkeeperDb db, IReadOnlyList<CableFields> cables, CancellationToken ct)
    {
        var ends = (await CableEndRow.OfCablesAsync(db, cables.Select(c => c.Id).ToList(), ct)).ToDictionary(e => (e.CableId, e.Side));
        return cables.Select(c => new CableDto(c.Id, ends[(c.Id, CableSide.A)].ToDto(), ends[(c.Id, CableSide.B)].ToDto(),
            c.Type, c.Label, c.LengthMeters, c.Colour, c.Status, c.Version)).ToList();
    }
}
