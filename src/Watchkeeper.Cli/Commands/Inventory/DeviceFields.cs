using System.CommandLine;
using Watchkeeper.Cli.Hosting;
using Watchkeeper.Contracts;

namespace Watchkeeper.Cli.Commands.Inventory;

/// <summary>The device options <c>create</c> and <c>update</c> share; given options replace the field, others keep it.</summary>
public sealed class DeviceFields
{
    private readonly Option<DeviceKind?> kind = new("--kind") { Description = "Server, VirtualMachine, Hypervisor, Switch, Router, Firewall, LoadBalancer, Storage, CloudResource, …" };
    private readonly Option<LifecycleStatus?> status = new("--status") { Description = "Planned, Staged, Active (default), Maintenance, Decommissioning, Retired" };
    private readonly Option<DeploymentEnvironment?> environment = new("--environment") { Description = "Production, Staging, Test, Development, DisasterRecovery" };
    private readonly Option<Criticality?> criticality = new("--criticality") { Description = "Low, Medium, High, Critical" };
    private readonly Option<string?> site = new("--site") { Description = "Site (id or name); taken from the rack when omitted" };
    private readonly Option<string?> rack = new("--rack") { Description = "Rack (id or name), or 'none'" };
    private readonly Option<int?> position = new("--position") { Description = "Lowest rack unit the device takes (needs --type)" };
    private readonly Option<RackFace?> face = new("--face") { Description = "Front (default) or Rear" };
    private readonly Option<string?> type = new("--type") { Description = "Device type: id, model, or 'Manufacturer Model'; or 'none'" };
    private readonly Option<string?> serial = new("--serial") { Description = "Serial number" };
    private readonly Option<string?> assetTag = new("--asset-tag") { Description = "Asset tag" };
    private readonly Option<string?> ip = new("--ip") { Description = "Primary IPv4 or IPv6 address" };
    private readonly Option<string?> hostname = new("--hostname") { Description = "Host name" };
    private readonly Option<string?> fqdn = new("--fqdn") { Description = "Fully qualified domain name" };
    private readonly Option<string?> os = new("--os") { Description = "Operating system" };
    private readonly Option<string?> osVersion = new("--os-version") { Description = "Operating system version" };
    private readonly Option<string?> cloud = new("--cloud") { Description = "Cloud provider/account/region, e.g. aws/123456789012/eu-central-1" };
    private readonly Option<string?> description = new("--description") { Description = "Free text ('' clears it)" };
    private readonly Option<string[]> tags = Options.Many("--tag", "Tag; replaces the device's tags ('none' removes them all)");
    private readonly Option<long?> supportContract = new("--support-contract") { Description = "Id of the contract that supports it (0 clears it)" };
    private readonly Option<string[]> customFields = new("--field") { Description = "A custom field value as key=value (repeat; key= clears it)" };

    public Symbol[] All => [kind, status, environment, criticality, site, rack, position, face, type, serial, assetTag, ip, hostname, fqdn, os, osVersion, cloud, description, tags,
        supportContract, customFields];

    public async Task<DeviceRequest> ApplyAsync(Session s, DeviceRequest current, CancellationToken ct)
    {
        var siteId = s.Value(site) is { } si ? await InventoryLookup.SiteAsync(s.Client, si, ct) : current.SiteId;
        var request = current with
        {
            Kind = s.Value(kind) ?? current.Kind,
            Status = s.Value(status) ?? current.Status,
            Environment = s.Value(environment) ?? current.Environment,
            Criticality = s.Value(criticality) ?? current.Criticality,
            SiteId = siteId,
            Position = s.Value(position) ?? current.Position,
            Face = s.Value(face) ?? current.Face,
            Serial = s.Value(serial) ?? current.Serial,
            AssetTag = s.Value(assetTag) ?? current.AssetTag,
            PrimaryIp = s.Value(ip) ?? current.PrimaryIp,
            Hostname = s.Value(hostname) ?? current.Hostname,
            Fqdn = s.Value(fqdn) ?? current.Fqdn,
            OsName = s.Value(os) ?? current.OsName,
            OsVersion = s.Value(osVersion) ?? current.OsVersion,
            Description = s.Value(description) ?? current.Description,
        };
        if (Options.Values(s, tags) is { Count: > 0 } given)
        {
            request = request with { Tags = given.Where(t => !InventoryCommands.IsNone(t)).ToList() };
        }
        request = ApplyCustomFields(s, request);
        if (s.Value(supportContract) is { } contractId)
        {
            request = request with { SupportContractId = contractId == 0 ? null : contractId };
        }
        request = await ApplyRackAsync(s, request, ct);
        if (s.Value(type) is { } t)
        {
            request = request with { DeviceTypeId = InventoryCommands.IsNone(t) ? null : await InventoryLookup.DeviceTypeAsync(s.Client, t, ct) };
        }
        if (s.Value(cloud) is { } c)
        {
            var parts = c.Split('/', 3, StringSplitOptions.TrimEntries);
            request = request with { CloudProvider = parts[0], CloudAccount = parts.ElementAtOrDefault(1), CloudRegion = parts.ElementAtOrDefault(2) };
        }
        return request;
    }

    /// <summary>Given fields change, the others keep their value.</summary>
    private DeviceRequest ApplyCustomFields(Session s, DeviceRequest request)
    {
        var given = s.Value(customFields) ?? [];
        if (given.Length == 0)
        {
            return request;
        }
        var values = new Dictionary<string, string?>(request.CustomFields ?? new Dictionary<string, string?>(), StringComparer.Ordinal);
        foreach (var pair in given)
        {
            var (key, value) = pair.IndexOf('=', StringComparison.Ordinal) is var at and > 0
                ? (pair[..at].Trim(), pair[(at + 1)..])
                : throw new CliException($"'{pair}' is not key=value.");
            values[key] = value;
        }
        return request with { CustomFields = values };
    }

    private async Task<DeviceRequest> ApplyRackAsync(Session s, DeviceRequest request, CancellationToken ct)
    {
        if (s.Value(rack) is not { } r)
        {
            return request;
        }
        if (InventoryCommands.IsNone(r))
        {
            return request with { RackId = null, Position = null, Face = null };
        }
        var rackId = await InventoryLookup.RackAsync(s.Client, r, request.SiteId, ct);
        // A move to another rack says nothing about the old site: the rack's own site applies.
        var siteGiven = s.Value(site) is not null;
        return request with { RackId = rackId, SiteId = siteGiven ? request.SiteId : null };
    }
}
