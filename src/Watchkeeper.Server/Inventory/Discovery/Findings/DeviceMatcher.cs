using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.Devices;
using Watchkeeper.Server.Inventory.Network;

namespace Watchkeeper.Server.Inventory.Discovery.Findings;

/// <summary>
/// Finds the device a host is, in this order: its primary IP, an IPAM address assigned to it, then the
/// SNMP sysName and then the reverse DNS name against hostname, FQDN and name. Addresses come first
/// because names are reused and mistyped far more often than addresses are.
/// </summary>
public sealed class DeviceMatcher(WatchkeeperDb db, long organizationId)
{
    public async Task<(Device? Device, string? MatchedBy)> MatchAsync(HostObservation host, CancellationToken ct)
    {
        if (await Devices().FirstOrDefaultAsync(d => d.PrimaryIp == host.Address, ct) is { } byIp)
        {
            return (byIp, "primary IP");
        }
        if (IpBlock.TryParseAddress(host.Address, out var family, out var value))
        {
            var key = IpBlock.Key(value);
            var itemIds = db.IpAddresses.Where(a => a.OrganizationId == organizationId && a.Family == family && a.Key == key && a.ItemId != null).Select(a => a.ItemId);
            if (await Devices().FirstOrDefaultAsync(d => itemIds.Contains(d.Id), ct) is { } byIpam)
            {
                return (byIpam, "IPAM address");
            }
        }
        if (await ByNameAsync(host.System?.Name, ct) is { } bySysName)
        {
            return (bySysName, "SNMP sysName");
        }
        return await ByNameAsync(host.DnsName, ct) is { } byDns ? (byDns, "reverse DNS") : (null, null);
    }

    /// <summary>A name compared without case, whole or by its first label (sw1 matches sw1.example.net).</summary>
    public async Task<Device?> ByNameAsync(string? name, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(name) || name == "localhost")
        {
            return null;
        }
        var full = name.Trim().TrimEnd('.').ToLowerInvariant();
        var label = full.Split('.')[0];
        return await Devices().FirstOrDefaultAsync(
            d => (d.Hostname != null && (d.Hostname.ToLower() == full || d.Hostname.ToLower() == label))
                 || (d.Fqdn != null && d.Fqdn.ToLower() == full)
                 || d.Item.Name.ToLower() == full || d.Item.Name.ToLower() == label, ct);
    }

    private IQueryable<Device> Devices() => db.Devices.Include(d => d.Item).Where(d => d.OrganizationId == organizationId).OrderBy(d => d.Id);
}
