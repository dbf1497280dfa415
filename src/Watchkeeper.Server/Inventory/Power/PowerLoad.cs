namespace Watchkeeper.Server.Inventory.Power;

/// <summary>The load on one supply: watts with every path up and if every partner path fails, and who is behind it.</summary>
public sealed record SupplyLoad(double LoadWatts, double FailoverWatts, IReadOnlySet<long> Devices, IReadOnlySet<long> UnknownDraw)
{
    public static SupplyLoad None { get; } = new(0, 0, new HashSet<long>(), new HashSet<long>());
}

/// <summary>
/// Computes the load on feeds and on PDU/UPS devices from the devices' power draw, through chains of
/// PDUs and UPS units. A device with N cords spreads its draw evenly over them: dual power supplies
/// share the load in normal operation, and nothing records a finer split. Because the partner of a
/// cord can fail, the "failover" load puts each device's whole draw on every path it has, which is
/// what an operator sizes a feed for.
/// </summary>
public sealed class PowerLoad
{
    private readonly PowerGraph graph;
    private readonly ILookup<PowerSource, PowerCord> cordsInto;
    private readonly Dictionary<long, int> pathsOf;
    private readonly Dictionary<PowerSource, SupplyLoad> computed = [];
    private readonly HashSet<PowerSource> underWay = [];

    public PowerLoad(PowerGraph graph)
    {
        this.graph = graph;
        cordsInto = graph.Cords.ToLookup(c => c.Source);
        pathsOf = graph.Cords.GroupBy(c => c.DeviceId).ToDictionary(g => g.Key, g => g.Count());
    }

    /// <summary>How many cords a device has.</summary>
    public int PathsOf(long deviceId) => pathsOf.GetValueOrDefault(deviceId);

    /// <summary>The cords plugged into a supply.</summary>
    public IEnumerable<PowerCord> CordsInto(PowerSource source) => cordsInto[source];

    /// <summary>What a device needs with every path up: its own draw plus, for a PDU or UPS, what it supplies.</summary>
    public double DemandOf(long deviceId) => OwnDraw(deviceId) + Of(PowerSource.Device(deviceId)).LoadWatts;

    public SupplyLoad Of(PowerSource source)
    {
        if (computed.TryGetValue(source, out var known))
        {
            return known;
        }
        // Loops are refused when cords are saved; this only keeps a bad row from hanging a page.
        if (!underWay.Add(source))
        {
            return SupplyLoad.None;
        }
        var load = Sum(source);
        underWay.Remove(source);
        computed[source] = load;
        return load;
    }

    private SupplyLoad Sum(PowerSource source)
    {
        var (load, failover) = (0.0, 0.0);
        var devices = new HashSet<long>();
        var unknown = new HashSet<long>();
        foreach (var consumer in cordsInto[source].GroupBy(c => c.DeviceId))
        {
            var behind = Of(PowerSource.Device(consumer.Key));
            var own = OwnDraw(consumer.Key);
            load += (own + behind.LoadWatts) * consumer.Count() / PathsOf(consumer.Key);
            failover += own + behind.FailoverWatts;
            devices.Add(consumer.Key);
            devices.UnionWith(behind.Devices);
            unknown.UnionWith(behind.UnknownDraw);
            if (graph.Devices.TryGetValue(consumer.Key, out var device) && device.DrawUnknown)
            {
                unknown.Add(consumer.Key);
            }
        }
        return new SupplyLoad(load, failover, devices, unknown);
    }

    private double OwnDraw(long deviceId) => graph.Devices.TryGetValue(deviceId, out var device) ? device.DrawWatts ?? 0 : 0;
}
