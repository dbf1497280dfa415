using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.Services;

namespace Watchkeeper.Server.Inventory.Transfer.Types;

/// <summary>Applications, databases, technical and business services, by kind and name.</summary>
public sealed class ServiceTransfer : TransferType<Service, ServiceRequest, ServiceAdministration>
{
    public override string Name => "services";

    public override IReadOnlyList<string[]> Keys { get; } = [["kind", "name"]];

    public override IReadOnlyList<TransferReference> References { get; } = [ReferenceColumns.Team()];

    public override IQueryable<Service> Rows(WatchkeeperDb db, long organizationId) => db.Services.Where(s => s.OrganizationId == organizationId).Include(s => s.Item).ThenInclude(i => i.Tags);

    public override ServiceRequest ToRequest(Service e) => new(e.Item.Name, ServiceKinds.Of(e.Item.Kind), e.Item.Status, e.Item.Environment, e.Item.Criticality, e.Item.OwnerTeamId, e.Item.Description, e.Vendor, e.Product, e.SoftwareVersion, e.Url, e.DatabaseEngine, e.Tier, e.SupportHours, DurationText.Format(e.RtoMinutes), DurationText.Format(e.RpoMinutes), e.VisibleToRequesters, [.. e.Item.Tags.Select(t => t.Name)]);
}
