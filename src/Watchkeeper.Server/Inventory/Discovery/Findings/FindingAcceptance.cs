using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.Devices;
using Watchkeeper.Server.Inventory.Network.Cabling;
using Watchkeeper.Server.Platform;
using Watchkeeper.Server.Platform.Authorization;

namespace Watchkeeper.Server.Inventory.Discovery.Findings;

/// <summary>Applies an accepted finding through the administrations of the objects it creates or changes.</summary>
public sealed class FindingAcceptance(WatchkeeperDb db, DeviceAdministration devices, InterfaceAdministration interfaces, CableAdministration cables)
{
    /// <returns>The device the finding created or changed.</returns>
    public async Task<Outcome<long?>> ApplyAsync(Access access, DiscoveryFinding finding, AcceptFindingRequest request, CancellationToken ct)
    {
        var host = FindingReview.Read<HostObservation>(finding.Observation);
        return finding.Kind switch
        {
            FindingKind.NewDevice => await CreateDeviceAsync(access, finding, host, request, ct),
            FindingKind.ChangedDevice => await ChangeDeviceAsync(access, finding, host, request, ct),
            _ => await CableAsync(access, finding, ct),
        };
    }

    private async Task<Outcome<long?>> CreateDeviceAsync(Access access, DiscoveryFinding finding, HostObservation host, AcceptFindingRequest request, CancellationToken ct)
    {
        var (osName, osVersion) = DeviceGuess.Os(host);
        var device = new DeviceRequest(
            InventoryText.Optional(request.Name) ?? finding.ProposedName ?? host.Address, request.Kind ?? finding.ProposedKind ?? DeviceKind.Server,
            Hostname: DeviceGuess.HostName(host), Fqdn: DeviceGuess.Fqdn(host), PrimaryIp: host.Address, OsName: osName, OsVersion: osVersion);
        var created = await devices.CreateAsync(access, device, ct);
        if (created.Error is { } error)
        {
            return error;
        }
        var id = created.Value!.Id;
        return await AddInterfacesAsync(access, id, host.Interfaces, ct) is { } failed ? failed : id;
    }

    private async Task<Outcome<long?>> ChangeDeviceAsync(Access access, DiscoveryFinding finding, HostObservation host, AcceptFindingRequest request, CancellationToken ct)
    {
        var id = finding.DeviceId ?? 0;
        var current = await DeviceQueries.FindAsync(db, access.OrganizationId, id, ct);
        if (current is null)
        {
            return OperationError.Conflict("The matched device no longer exists; run the job again.");
        }
        var changes = FindingReview.Read<List<FieldChange>>(finding.Changes ?? "[]");
        var chosen = changes.Where(c => request.Fields is null || request.Fields.Contains(c.Field, StringComparer.OrdinalIgnoreCase)).ToList();
        if (request.Fields?.FirstOrDefault(f => changes.All(c => !c.Field.Equals(f, StringComparison.OrdinalIgnoreCase))) is { } unknown)
        {
            return OperationError.Field("fields", $"'{unknown}' is not a change of this finding; choose from: {string.Join(", ", changes.Select(c => c.Field))}.");
        }
        string? Pick(string field, string? value) => chosen.FirstOrDefault(c => c.Field == field) is { } change ? change.Proposed : value;
        var updated = current.ToRequest() with
        {
            Hostname = Pick("hostname", current.Hostname), Fqdn = Pick("fqdn", current.Fqdn),
            OsName = Pick("osName", current.OsName), OsVersion = Pick("osVersion", current.OsVersion),
        };
        if ((await devices.UpdateAsync(access, id, updated, _ => true, ct)).Error is { } error)
        {
            return error;
        }
        var names = chosen.Where(c => c.Field.StartsWith(DeviceDiff.InterfacePrefix, StringComparison.Ordinal)).Select(c => c.Field[DeviceDiff.InterfacePrefix.Length..]).ToHashSet();
        return await AddInterfacesAsync(access, id, [.. host.Interfaces.Where(i => names.Contains(i.Name))], ct) is { } failed ? failed : id;
    }

    /// <summary>Adds the observed interfaces the device lacks and updates speed and MAC of those it has.</summary>
    private async Task<OperationError?> AddInterfacesAsync(Access access, long deviceId, IReadOnlyList<InterfaceObservation> seen, CancellationToken ct)
    {
        foreach (var observed in seen)
        {
            var known = await db.Interfaces.AsNoTracking().SingleOrDefaultAsync(i => i.DeviceId == deviceId && i.Name == observed.Name, ct);
            var request = known is null
                ? new InterfaceRequest(deviceId, observed.Name, observed.Kind, observed.SpeedMbps, observed.MacAddress, observed.Up)
                : new InterfaceRequest(deviceId, known.Name, known.Kind, observed.SpeedMbps ?? known.SpeedMbps, observed.MacAddress ?? known.MacAddress,
                    known.Enabled, known.ManagementOnly, known.Description, known.LagId);
            var outcome = known is null
                ? (await interfaces.CreateAsync(access, request, ct)).Error
                : (await interfaces.UpdateAsync(access, known.Id, request, _ => true, ct)).Error;
            if (outcome is not null)
            {
                return outcome;
            }
        }
        return null;
    }

    private async Task<Outcome<long?>> CableAsync(Access access, DiscoveryFinding finding, CancellationToken ct)
    {
        var proposal = FindingReview.Read<ProposedCable>(finding.Cable!);
        var created = await cables.CreateAsync(access, new CableRequest(proposal.A.InterfaceId, proposal.B.InterfaceId, Label: "LLDP"), ct);
        return created.Error is { } error ? error : finding.DeviceId;
    }
}
