using Watchkeeper.Cli.Hosting;
using Watchkeeper.Contracts;
using Watchkeeper.Contracts.Client;

namespace Watchkeeper.Cli.Commands.Inventory;

/// <summary>Sites, racks, device types, devices and other configuration items named by id or by name.</summary>
public static class InventoryLookup
{
    public static Task<long> SiteAsync(WatchkeeperClient client, string reference, CancellationToken ct) =>
        FindAsync(reference, async () => (await client.ListSitesAsync(new ListQuery(Limit: 500, Q: reference), cancellationToken: ct)).Items.Select(s => (s.Id, s.Name)), "site");

    /// <summary>A rack by id, or by name (within a site when one is given, since names repeat across sites).</summary>
    public static async Task<long> RackAsync(WatchkeeperClient client, string reference, long? siteId, CancellationToken ct)
    {
        var page = Lookup.Id(reference) is null ? await client.ListRacksAsync(new ListQuery(Limit: 500, Q: reference), siteId, ct) : null;
        var matches = page?.Items.Where(r => Same(r.Name, reference)).ToList() ?? [];
        if (matches.Count > 1)
        {
            throw new CliException($"Several sites have a rack named '{reference}': {string.Join(", ", matches.Select(r => r.SiteName))}. Add --site or use the rack id.");
        }
        return await FindAsync(reference, () => Task.FromResult(matches.Select(r => (r.Id, r.Name))), "rack");
    }

    public static Task<long> DeviceTypeAsync(WatchkeeperClient client, string reference, CancellationToken ct) =>
        FindAsync(reference, async () => (await client.ListDeviceTypesAsync(new ListQuery(Limit: 500), cancellationToken: ct)).Items
            .SelectMany(t => new[] { (t.Id, t.Model), (t.Id, $"{t.Manufacturer} {t.Model}") }), "device type");

    public static Task<long> DeviceAsync(WatchkeeperClient client, string reference, CancellationToken ct) =>
        FindAsync(reference, async () => (await client.ListDevicesAsync(new ListQuery(Limit: 500, Q: reference), cancellationToken: ct)).Items.Select(d => (d.Id, d.Name)), "device");

    public static Task<long> ServiceAsync(WatchkeeperClient client, string reference, CancellationToken ct) =>
        FindAsync(reference, async () => await ServiceCandidatesAsync(client, reference, ct), "service");

    /// <summary>A configuration item by id, or by the name of a device, a redundancy group or a service.</summary>
    public static Task<long> ItemAsync(WatchkeeperClient client, string reference, CancellationToken ct) =>
        FindAsync(reference, async () =>
            (await client.ListDevicesAsync(new ListQuery(Limit: 500, Q: reference), cancellationToken: ct)).Items.Select(d => (d.Id, d.Name))
            .Concat((await client.ListRedundancyGroupsAsync(new ListQuery(Limit: 500, Q: reference), ct)).Items.Select(g => (g.Id, g.Name)))
            .Concat(await ServiceCandidatesAsync(client, reference, ct)), "device, redundancy group or service");

    private static async Task<IEnumerable<(long Id, string Name)>> ServiceCandidatesAsync(WatchkeeperClient client, string reference, CancellationToken ct) =>
        (await client.ListServicesAsync(new ListQuery(Limit: 500, Q: reference), cancellationToken: ct)).Items.Select(s => (s.Id, s.Name));

    public static async Task<long> FindAsync(string reference, Func<Task<IEnumerable<(long Id, string Name)>>> candidates, string what)
    {
        if (Lookup.Id(reference) is { } id)
        {
            return id;
        }
        return (await candidates()).Where(c => Same(c.Name, reference)).Select(c => (long?)c.Id).FirstOrDefault()
            ?? throw new CliException($"No {what} named '{reference}' in this organization.");
    }

    private static bool Same(string a, string b) => string.Equals(a, b.Trim(), StringComparison.OrdinalIgnoreCase);
}
