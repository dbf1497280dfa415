using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.Items;
using Watchkeeper.Server.Platform;

namespace Watchkeeper.Server.Inventory.Services;

/// <summary>Applications, databases, technical and business services: a configuration item and its service row, written together.</summary>
public sealed class ServiceAdministration(WatchkeeperDb db, TimeProvider clock) : ItemAdministration<Service, ServiceRequest>(db, clock)
{
    public override string Noun => "Service";

    protected override IQueryable<Service> Rows => Db.Services.Include(s => s.Item).ThenInclude(i => i.Tags);

    protected override Service New(long organizationId) =>
        new() { Item = NewItem(organizationId, CiKind.Application), OrganizationId = organizationId };

    protected override async Task<OperationError?> ApplyAsync(Service service, ServiceRequest request, CancellationToken ct)
    {
        var (error, targets) = await new ServiceRules(Db, service).CheckAsync(request, ct);
        if (error is not null)
        {
            return error;
        }
        var item = service.Item;
        item.Kind = ServiceKinds.ToItemKind(request.Kind);
        item.Name = request.Name.Trim();
        item.Status = request.Status;
        item.Environment = request.Environment;
        item.Criticality = request.Criticality;
        item.OwnerTeamId = request.OwnerTeamId;
        item.Description = InventoryText.Optional(request.Description);
        ItemTags.Apply(item, ItemTags.Normalize(request.Tags));
        service.Vendor = InventoryText.Optional(request.Vendor);
        service.Product = InventoryText.Optional(request.Product);
        service.SoftwareVersion = InventoryText.Optional(request.SoftwareVersion);
        service.Url = InventoryText.Optional(request.Url);
        service.DatabaseEngine = InventoryText.Optional(request.DatabaseEngine);
        service.Tier = request.Tier;
        service.SupportHours = InventoryText.Optional(request.SupportHours);
        (service.RtoMinutes, service.RpoMinutes) = (targets.RtoMinutes, targets.RpoMinutes);
        service.VisibleToRequesters = request.VisibleToRequesters;
        return null;
    }
}
