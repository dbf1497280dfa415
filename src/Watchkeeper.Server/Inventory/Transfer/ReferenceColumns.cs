using Watchkeeper.Contracts;

namespace Watchkeeper.Server.Inventory.Transfer;

/// <summary>The natural keys by which files name other objects, shared by every type that points at them.</summary>
public static class ReferenceColumns
{
    public static TransferReference Site(string parameter = "SiteId") =>
        new(parameter, "site", "site", (db, org) => db.Sites.Where(s => s.OrganizationId == org).Select(s => new ReferenceName(s.Id, null, s.Name)));

    public static TransferReference Rack(string parameter = "RackId") =>
        new(parameter, "rack", "rack", (db, org) => db.Racks.Where(r => r.OrganizationId == org).Select(r => new ReferenceName(r.Id, r.Site.Name, r.Name)), "site");

    public static TransferReference Location(string parameter, string column) =>
        new(parameter, column, "location", (db, org) => db.Locations.Where(l => l.OrganizationId == org)
            .Select(l => new ReferenceName(l.Id, db.Sites.Where(s => s.Id == l.SiteId).Select(s => s.Name).FirstOrDefault(), l.Name)), "site");

    public static TransferReference DeviceType(string parameter = "DeviceTypeId") =>
        new(parameter, "deviceType", "device type", (db, org) => db.DeviceTypes.Where(t => t.OrganizationId == org)
            .Select(t => new ReferenceName(t.Id, null, t.Manufacturer + " " + t.Model)));

    public static TransferReference Device(string parameter = "DeviceId", string column = "device") =>
        new(parameter, column, "device", (db, org) => db.ConfigurationItems.Where(i => i.OrganizationId == org && i.Kind == CiKind.Device)
            .Select(i => new ReferenceName(i.Id, null, i.Name)));

    public static TransferReference Item(string parameter, string column) =>
        new(parameter, column, "item", (db, org) => db.ConfigurationItems.Where(i => i.OrganizationId == org).Select(i => new ReferenceName(i.Id, null, i.Name)));

    public static TransferReference Team(string parameter = "OwnerTeamId") =>
        new(parameter, "ownerTeam", "team", (db, org) => db.Teams.Where(t => t.OrganizationId == org).Select(t => new ReferenceName(t.Id, null, t.Name)));

    public static TransferReference Vrf(string parameter = "VrfId") =>
        new(parameter, "vrf", "VRF", (db, org) => db.Vrfs.Where(v => v.OrganizationId == org).Select(v => new ReferenceName(v.Id, null, v.Name)));

    public static TransferReference Vendor(string parameter = "VendorId") =>
        new(parameter, "vendor", "vendor", (db, org) => db.Vendors.Where(v => v.OrganizationId == org).Select(v => new ReferenceName(v.Id, null, v.Name)));

    public static TransferReference VlanGroup(string parameter = "GroupId") =>
        new(parameter, "group", "VLAN group", (db, org) => db.VlanGroups.Where(g => g.OrganizationId == org).Select(g => new ReferenceName(g.Id, null, g.Name)));

    public static TransferReference Contract(string parameter = "SupportContractId") =>
        new(parameter, "supportContract", "contract", (db, org) => db.Contracts.Where(c => c.OrganizationId == org)
            .Select(c => new ReferenceName(c.Id, null, c.Vendor.Name + " " + c.Reference)));

    /// <param name="deviceColumn">The column naming the interface's device.</param>
    public static TransferReference Interface(string parameter, string column, string deviceColumn = "device") =>
        new(parameter, column, "interface", (db, org) => db.Interfaces.Where(i => i.OrganizationId == org)
            .Select(i => new ReferenceName(i.Id, i.Device.Item.Name, i.Name)), deviceColumn);

    public static TransferReference PowerPanel(string parameter = "PanelId") =>
        new(parameter, "panel", "power panel", (db, org) => db.PowerPanels.Where(p => p.OrganizationId == org)
            .Select(p => new ReferenceName(p.Id, p.Site.Name, p.Name)), "site");

    public static TransferReference PowerFeed(string parameter = "FeedId") =>
        new(parameter, "feed", "power feed", (db, org) => db.PowerFeeds.Where(f => f.OrganizationId == org)
            .Select(f => new ReferenceName(f.Id, f.Panel.Name, f.Name)), "panel");
}
