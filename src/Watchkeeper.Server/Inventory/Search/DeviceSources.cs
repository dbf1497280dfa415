using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Inventory.Search;

/// <summary>Devices by their hostname.</summary>
public sealed class HostnameSource : SearchSource
{
    public override string Field => "hostname";

    public override TrigramIndex Trigrams => TrigramIndex.DeviceHostname;

    public override IQueryable<SearchRow> Rows(WatchkeeperDb db, long organizationId) =>
        db.Devices.Where(d => d.OrganizationId == organizationId && d.Hostname != null).Select(d => new SearchRow { ItemId = d.Id, Value = d.Hostname! });
}

/// <summary>Devices by their fully qualified name.</summary>
public sealed class FqdnSource : SearchSource
{
    public override string Field => "fqdn";

    public override TrigramIndex Trigrams => TrigramIndex.DeviceFqdn;

    public override IQueryable<SearchRow> Rows(WatchkeeperDb db, long organizationId) =>
        db.Devices.Where(d => d.OrganizationId == organizationId && d.Fqdn != null).Select(d => new SearchRow { ItemId = d.Id, Value = d.Fqdn! });
}

/// <summary>Devices by serial number.</summary>
public sealed class SerialSource : SearchSource
{
    public override string Field => "serial";

    public override TrigramIndex Trigrams => TrigramIndex.DeviceSerial;

    public override IQueryable<SearchRow> Rows(WatchkeeperDb db, long organizationId) =>
        db.Devices.Where(d => d.OrganizationId == organizationId && d.Serial != null).Select(d => new SearchRow { ItemId = d.Id, Value = d.Serial! });
}

/// <summary>Devices by asset tag.</summary>
public sealed class AssetTagSource : SearchSource
{
    public override string Field => "assetTag";

    public override TrigramIndex Trigrams => TrigramIndex.DeviceAssetTag;

    public override IQueryable<SearchRow> Rows(WatchkeeperDb db, long organizationId) =>
        db.Devices.Where(d => d.OrganizationId == organizationId && d.AssetTag != null).Select(d => new SearchRow { ItemId = d.Id, Value = d.AssetTag! });
}

/// <summary>Devices by primary IP, stored canonical, so a typed address is compared in the same form.</summary>
public sealed class PrimaryIpSource : SearchSource
{
    public override string Field => "primaryIp";

    public override bool Applies(SearchTerm term) => term.CouldBeAddress;

    public override IQueryable<SearchRow> Rows(WatchkeeperDb db, long organizationId) =>
        db.Devices.Where(d => d.OrganizationId == organizationId && d.PrimaryIp != null).Select(d => new SearchRow { ItemId = d.Id, Value = d.PrimaryIp! });

    public override IQueryable<SearchRow> Exact(WatchkeeperDb db, long organizationId, SearchTerm term)
    {
        var canonical = term.Address is { } address ? address.Address(address.Start).ToString() : term.Text;
        return Rows(db, organizationId).Where(r => r.Value == canonical);
    }
}
