using Watchkeeper.Contracts;
using Watchkeeper.Server.Inventory.Devices;
using Watchkeeper.Server.Inventory.Items;
using Watchkeeper.Server.Inventory.Relationships;
using Watchkeeper.Server.Inventory.Services;

namespace Watchkeeper.Bench.Inventory;

/// <summary>One layer of a region: the kind rows to insert and the items they create.</summary>
public sealed record EstateLayer(string Name, IReadOnlyList<object> Rows, IReadOnlyList<ConfigurationItem> Items);

/// <summary>
/// One region of the made-up estate, 10,000 items behind one core switch and about 31,000 relationships: distribution
/// and access switches, hypervisors and servers cabled to them, virtual machines on the hypervisors, applications on
/// the machines (some in redundancy groups, most using a database and a shared platform application), databases on
/// servers, and business services over groups and databases. Backups and cabling add relationships that carry no
/// failure, as a real CMDB has. Failing the core switch reaches nearly the whole region.
/// </summary>
public sealed class EstateRegion(int region, long organizationId, long siteId)
{
    public const int Size = 10_000;
    private const int Distribution = 20, Access = 200, Hypervisors = 500, Servers = 1_500, Machines = 4_000;
    private const int Applications = 2_500, SharedApplications = 100, Databases = 1_000, Groups = 200, BusinessServices = 79;

    private readonly Dictionary<string, long[]> ids = [];

    public long CoreSwitch => ids["core"][0];

    public IEnumerable<EstateLayer> Layers()
    {
        yield return Devices("core", 1, DeviceKind.Switch, i => $"r{region:00}-core");
        yield return Devices("distribution", Distribution, DeviceKind.Switch, i => $"r{region:00}-dist-{i:00}");
        yield return Devices("access", Access, DeviceKind.Switch, i => $"r{region:00}-acc-{i:000}");
        yield return Devices("hypervisor", Hypervisors, DeviceKind.Hypervisor, i => $"r{region:00}-hv-{i:0000}");
        yield return Devices("server", Servers, DeviceKind.Server, i => $"r{region:00}-srv-{i:0000}");
        yield return Devices("machine", Machines, DeviceKind.VirtualMachine, i => $"r{region:00}-vm-{i:0000}");
        yield return Services("application", Applications, CiKind.Application, i => $"r{region:00}-app-{i:0000}", _ => null);
        yield return Services("database", Databases, CiKind.Database, i => $"r{region:00}-db-{i:0000}", _ => null);
        yield return Layer("group", Groups, CiKind.RedundancyGroup, i => $"r{region:00}-web-tier-{i:000}",
            (item, _) => new RedundancyGroup { Item = item, OrganizationId = organizationId, MinimumHealthy = 1 });
        yield return Services("business", BusinessServices, CiKind.BusinessService, i => $"Region {region:00} service {i:00}", i => i % 4 + 1);
    }

    /// <summary>Called once a layer is saved, when its items have their ids.</summary>
    public void Created(EstateLayer layer) => ids[layer.Name] = [.. layer.Items.Select(i => i.Id)];

    public IReadOnlyList<Relationship> Relationships()
    {
        var edges = new List<Relationship>();
        void Add(long source, long target, RelationshipType type) =>
            edges.Add(new Relationship { OrganizationId = organizationId, SourceId = source, TargetId = target, Type = type, CreatedAt = DateTimeOffset.UtcNow });
        var (core, distribution, access) = (ids["core"][0], ids["distribution"], ids["access"]);
        var physical = ids["hypervisor"].Concat(ids["server"]).ToArray();
        var (servers, machines, applications, databases) = (ids["server"], ids["machine"], ids["application"], ids["database"]);
        ForEach(distribution, (d, _) => Add(d, core, RelationshipType.DependsOn));
        ForEach(access, (a, i) => Add(a, distribution[i / 10], RelationshipType.DependsOn));
        ForEach(physical, (p, i) =>
        {
            Add(p, access[i / 10], RelationshipType.DependsOn);
            Add(p, access[(i / 10 + 1) % Access], RelationshipType.ConnectedTo);
            Add(p, servers[(i + 1) % Servers], RelationshipType.BackedUpBy);
        });
        ForEach(machines, (m, i) =>
        {
            Add(m, ids["hypervisor"][i / 8], RelationshipType.RunsOn);
            Add(m, servers[i % Servers], RelationshipType.BackedUpBy);
            Add(m, access[i % Access], RelationshipType.ConnectedTo);
        });
        ForEach(applications, (a, i) =>
        {
            Add(a, machines[i], RelationshipType.RunsOn);
            Add(a, databases[i % Databases], RelationshipType.Uses);
            Add(a, servers[i % Servers], RelationshipType.BackedUpBy);
            if (i < Applications - SharedApplications)
            {
                Add(a, applications[Applications - SharedApplications + i % SharedApplications], RelationshipType.Uses);
            }
        });
        ForEach(databases, (d, i) =>
        {
            Add(d, servers[i], RelationshipType.RunsOn);
            Add(d, servers[Databases + i % (Servers - Databases)], RelationshipType.BackedUpBy);
        });
        ForEach(ids["group"], (g, i) =>
        {
            for (var member = 0; member < 3; member++)
            {
                Add(applications[i * 3 + member], g, RelationshipType.MemberOf);
            }
        });
        ForEach(ids["business"], (b, i) =>
        {
            Add(b, ids["group"][i * 2 % Groups], RelationshipType.DependsOn);
            Add(b, ids["group"][(i * 2 + 1) % Groups], RelationshipType.DependsOn);
            for (var db = 0; db < 3; db++)
            {
                Add(b, databases[i * 3 + db], RelationshipType.Uses);
            }
        });
        return edges;
    }

    /// <summary>Tags the filters use: every fifth machine serves the web, every physical machine runs the node exporter.</summary>
    public IReadOnlyList<ItemTag> Tags() =>
    [
        .. ids["machine"].Where((_, i) => i % 5 == 0).Select(id => Tag(id, "web")),
        .. ids["hypervisor"].Concat(ids["server"]).Select(id => Tag(id, "node-exporter")),
    ];

    private ItemTag Tag(long itemId, string name) => new() { ItemId = itemId, OrganizationId = organizationId, Name = name };

    private static void ForEach(long[] items, Action<long, int> action)
    {
        for (var i = 0; i < items.Length; i++)
        {
            action(items[i], i);
        }
    }

    private EstateLayer Devices(string layer, int count, DeviceKind kind, Func<int, string> name) =>
        Layer(layer, count, CiKind.Device, name, (item, i) => new Device
        {
            Item = item, OrganizationId = organizationId, Kind = kind, SiteId = siteId,
            Hostname = item.Name, Serial = kind == DeviceKind.VirtualMachine ? null : $"SN-{item.Name}",
            PrimaryIp = $"10.{region}.{(int)kind * 20 + i / 250}.{i % 250 + 1}",
            OsName = kind is DeviceKind.Switch ? "NX-OS" : "Debian", OsVersion = kind is DeviceKind.Switch ? "10.3" : "12",
        });

    private EstateLayer Services(string layer, int count, CiKind kind, Func<int, string> name, Func<int, int?> tier) =>
        Layer(layer, count, kind, name, (item, i) => new Service
        {
            Item = item, OrganizationId = organizationId, Tier = tier(i), DatabaseEngine = kind == CiKind.Database ? "PostgreSQL" : null,
        });

    private EstateLayer Layer(string layer, int count, CiKind kind, Func<int, string> name, Func<ConfigurationItem, int, object> row)
    {
        var items = Enumerable.Range(0, count).Select(i => new ConfigurationItem
        {
            OrganizationId = organizationId, Kind = kind, Name = name(i), CreatedAt = DateTimeOffset.UtcNow,
            Status = i % 50 == 49 ? LifecycleStatus.Retired : i % 20 == 19 ? LifecycleStatus.Planned : LifecycleStatus.Active,
            Environment = i % 4 == 3 ? DeploymentEnvironment.Test : DeploymentEnvironment.Production,
            Criticality = (Criticality)(i % 4),
        }).ToList();
        return new EstateLayer(layer, [.. items.Select((item, i) => row(item, i))], items);
    }
}
