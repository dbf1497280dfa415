using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Inventory.Services;

/// <summary>How services are read and filtered, by the API and the pages alike.</summary>
public static class ServiceQueries
{
    public static readonly Keyset<Service> Paging = new Keyset<Service>(s => s.Id, "name")
        .Sortable("name", s => s.Item.Name).Sortable("tier", s => s.Tier ?? 5).Sortable("createdAt", s => s.Item.CreatedAt);

    public static readonly Expression<Func<Service, ServiceDto>> ToDto = s => new ServiceDto(
        s.Id, s.Item.Name, ServiceKinds.Of(s.Item.Kind), s.Item.Status, s.Item.Environment, s.Item.Criticality,
        s.Item.OwnerTeam == null ? null : new NamedRef(s.Item.OwnerTeam.Id, s.Item.OwnerTeam.Name), s.Item.Description,
        s.Vendor, s.Product, s.SoftwareVersion, s.Url, s.DatabaseEngine, s.Tier, s.SupportHours, s.RtoMinutes, s.RpoMinutes, s.VisibleToRequesters,
        s.Item.Tags.OrderBy(t => t.Name).Select(t => t.Name).ToList(), s.Item.CreatedAt, s.Item.Version);

    public static IQueryable<Service> Filter(WatchkeeperDb db, long organizationId, ServiceFilter filter, string? q)
    {
        var services = db.Services.AsNoTracking().Where(s => s.OrganizationId == organizationId);
        if (filter.Kind is { } kind)
        {
            var itemKind = ServiceKinds.ToItemKind(kind);
            services = services.Where(s => s.Item.Kind == itemKind);
        }
        if (filter.Tier is { } tier)
        {
            services = services.Where(s => s.Tier == tier);
        }
        if (filter.OwnerTeamId is { } teamId)
        {
            services = services.Where(s => s.Item.OwnerTeamId == teamId);
        }
        if (filter.VisibleToRequesters is { } visible)
        {
            services = services.Where(s => s.VisibleToRequesters == visible);
        }
        if (filter.Status is { } status)
        {
            services = services.Where(s => s.Item.Status == status);
        }
        if (!string.IsNullOrWhiteSpace(q))
        {
            var upper = q.Trim().ToUpperInvariant();
            services = services.Where(s => s.Item.Name.ToUpper().Contains(upper));
        }
        return services;
    }

    public static Task<ServiceDto?> FindAsync(WatchkeeperDb db, long organizationId, long id, CancellationToken ct) =>
        db.Services.AsNoTracking().Where(s => s.Id == id && s.OrganizationId == organizationId).Select(ToDto).SingleOrDefaultAsync(ct);
}
