using System.CommandLine;
using Watchkeeper.Cli.Hosting;
using Watchkeeper.Contracts;

namespace Watchkeeper.Cli.Commands.Inventory.Power;

/// <summary>The options that describe a feed's circuit.</summary>
public sealed class FeedRatingOptions
{
    private readonly Option<PowerFeedStatus?> status = new("--status") { Description = "Planned, Active (default), Offline or Failed" };
    private readonly Option<PowerFeedType?> type = new("--type") { Description = "Primary (default) or Redundant" };
    private readonly Option<PowerSupply?> supply = new("--supply") { Description = "Ac (default) or Dc" };
    private readonly Option<PowerPhase?> phase = new("--phase") { Description = "SinglePhase (default) or ThreePhase" };
    private readonly Option<int?> voltage = new("--voltage") { Description = "Volts, 1–1000 (default 230)" };
    private readonly Option<int?> amperage = new("--amperage") { Description = "Amperes, 1–1000 (default 16)" };
    private readonly Option<int?> maxUtilization = new("--max-utilization") { Description = "Percent of the rating that may be used, 1–100 (default 80)" };
    private readonly Option<string?> rack = new("--rack") { Description = "The rack it serves (id or name)" };

    public Symbol[] All => [status, type, supply, phase, voltage, amperage, maxUtilization, rack];

    public async Task<PowerFeedRequest> ApplyAsync(Session s, PowerFeedRequest current, long? siteId, CancellationToken ct) => current with
    {
        Status = s.Value(status) ?? current.Status,
        Type = s.Value(type) ?? current.Type,
        Supply = s.Value(supply) ?? current.Supply,
        Phase = s.Value(phase) ?? current.Phase,
        Voltage = s.Value(voltage) ?? current.Voltage,
        Amperage = s.Value(amperage) ?? current.Amperage,
        MaxUtilizationPercent = s.Value(maxUtilization) ?? current.MaxUtilizationPercent,
        RackId = s.Value(rack) is { } reference ? await InventoryLookup.RackAsync(s.Client, reference, siteId, ct) : current.RackId,
    };
}
