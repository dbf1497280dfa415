using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.Network;

namespace Watchkeeper.Server.Inventory.Search;

/// <summary>
/// Items by the IPAM addresses assigned to them. A typed address matches by its number, whatever the network length
/// and however it was written (<c>2001:DB8::0005</c> finds <c>2001:db8::5/64</c>).
/// </summary>
public sealed class IpAddressSource : SearchSource
{
    public override string Field => "ipAddress";

    public override bool Applies(SearchTerm term) => term.CouldBeAddress;

    public override IQueryable<SearchRow> Rows(WatchkeeperDb db, long organizationId) =>
        db.IpAddresses.Where(a => a.OrganizationId == organizationId && a.ItemId != null).Select(a => new SearchRow { ItemId = a.ItemId!.Value, Value = a.Text });

    public override IQueryable<SearchRow> Exact(WatchkeeperDb db, long organizationId, SearchTerm term)
    {
        if (term.Address is not { } address)
        {
            return Rows(db, organizationId).Where(_ => false);
        }
        var key = IpBlock.Key(address.Start);
        return db.IpAddresses.Where(a => a.OrganizationId == organizationId && a.ItemId != null && a.Family == address.Family && a.Key == key)
            .Select(a => new SearchRow { ItemId = a.ItemId!.Value, Value = a.Text });
    }
}

/// <summary>Items by the DNS names of their IPAM addresses.</summary>
public sealed class DnsNameSource : SearchSource
{
    public override string Field => "dnsName";

    public override IQueryable<SearchRow> Rows(WatchkeeperDb db, long organizationId) =>
        db.IpAddresses.Where(a => a.OrganizationId == organizationId && a.ItemId != null && a.DnsName != null)
            .Select(a => new SearchRow { ItemId = a.ItemId!.Value, Value = a.DnsName! });
}
