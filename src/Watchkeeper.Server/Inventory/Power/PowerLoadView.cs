using Watchkeeper.Contracts;

namespace Watchkeeper.Server.Inventory.Power;

/// <summary>Turns computed loads into what the API and the pages show.</summary>
public static class PowerLoadView
{
    public static PowerLoadDto ToDto(this PowerLoad power, PowerGraph graph, PowerSource source, int? capacityWatts)
    {
        var load = power.Of(source);
        var unknown = load.UnknownDraw.Select(id => new NamedRef(id, graph.Devices[id].Name)).OrderBy(d => d.Name, StringComparer.OrdinalIgnoreCase).ToList();
        return new PowerLoadDto(capacityWatts, Round(load.LoadWatts), Round(load.FailoverWatts), load.Devices.Count, unknown);
    }

    /// <summary>The devices plugged straight into a supply, with their share of its load.</summary>
    public static IReadOnlyList<PowerConsumerDto> Consumers(this PowerLoad power, PowerGraph graph, PowerSource source) =>
        power.CordsInto(source)
            .Select(cord =>
            {
                var device = graph.Devices[cord.DeviceId];
                var paths = power.PathsOf(cord.DeviceId);
                var demand = power.DemandOf(cord.DeviceId);
                int? draw = device.DrawUnknown ? null : Round(demand);
                return new PowerConsumerDto(cord.ConnectionId, new NamedRef(device.Id, device.Name), device.Kind, draw, paths, Round(demand / paths), cord.Label);
            })
            .OrderBy(c => c.Device.Name, StringComparer.OrdinalIgnoreCase).ThenBy(c => c.ConnectionId)
            .ToList();

    private static int Round(double watts) => (int)Math.Round(watts, MidpointRounding.AwayFromZero);
}
