using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.Services;

namespace Watchkeeper.Server.Inventory.Transfer.Types;

/// <summary>Applications, databases, technical and business services, by kind and name; exported with the service list's filters.</summary>
public sealed class ServiceTransfer : TransferType<Service, ServiceRequest, ServiceAdministration>
{
    public override string Name => "services";

    public override IReadOnlyList<string[]> Keys { get; } = [["kind", "name"]];

    public override IReadOnlyList<TransferReference> References { get; } = [ReferenceColumns.Team()];

    public override IQueryable<Service> Rows(WatchkeeperDb db, long organizationId) => WithItem(db.Services.Where(s => s.OrganizationId == organizationId));

    public override Task<IQueryable<Service>?> ExportRowsAsync(WatchkeeperDb db, long organizationId, HttpRequest request, FieldErrors errors, CancellationToken ct)
    {
        var filter = ListFilters.Service(request.Query, errors);
        return Task.FromResult(errors.Any ? null : WithItem(ServiceQueries.Filter(db, organizationId, filter, request.Query["q"])));
    }

    public override ServiceRequest ToRequest(Service e) => new(e.Item.Name, ServiceKinds.Of(e.Item.Kind), e.Item.Status, e.Item.Environment, e.Item.Criticality, e.Item.OwnerTeamId, e.Item.Description, e.Vendor, e.Product, e.SoftwareVersion, e.Url, e.DatabaseEngine, e.Tier, e.SupportHours, DurationText.Format(e.RtoMinutes), DurationText.Format(e.RpoMinutes), e.VisibleToRequesters, [.. e.Item.Tags.Select(t => t.Name)]);

    private static IQueryable<Service> WithItem(IQueryable<Service> services) => services.Include(s => s.Item).ThenInclude(i => i.Tags);
}
