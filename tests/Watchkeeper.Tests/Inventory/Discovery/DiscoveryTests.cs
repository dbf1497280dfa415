using System.Net;
using Watchkeeper.Contracts;
using Watchkeeper.Tests.Infrastructure;
using Watchkeeper.Tests.Inventory.Network;
using Watchkeeper.Tests.Inventory.Snmp;

namespace Watchkeeper.Tests.Inventory.Discovery;

/// <summary>Jobs, runs and the review queue through the API, against snmpd and a TCP listener on loopback.</summary>
public abstract class DiscoveryTests(WatchkeeperFactory factory, LldpTestAgent agent)
{
    [Fact]
    public async Task A_job_refuses_bad_targets_schedules_and_ports_as_field_errors_and_never_returns_the_community()
    {
        var client = await factory.OwnOrganizationAsync();

        var bad = await client.SendJsonAsync(HttpMethod.Post, "/api/v1/inventory/discovery/jobs", new
        {
            name = "bad", prefixes = new[] { "10.0.0.0/8", "224.0.0.1", "2001:db8::/64" }, tcpPorts = new[] { 0 }, schedule = "every day", timeZone = "Mars/Olympus",
            snmp = true,
        }).FieldErrorsAsync();
        var tooConcurrent = await client.SendJsonAsync(HttpMethod.Post, "/api/v1/inventory/discovery/jobs", new { name = "x", prefixes = new[] { "192.0.2.0/24" }, concurrency = 1000 })
            .FieldErrorsAsync();
        var job = await client.JobAsync(DiscoveryApi.LoopbackJob(agent, 22));
        var read = await client.GetAsync($"/api/v1/inventory/discovery/jobs/{job.Id}");
        var text = await read.Content.ReadAsStringAsync();

        Assert.Equal(3, bad["prefixes"].Length);
        Assert.Contains("tcpPorts", bad.Keys);
        Assert.Contains("schedule", bad.Keys);
        Assert.Contains("timeZone", bad.Keys);
        Assert.Contains("snmpCommunity", bad.Keys);
        Assert.Contains("concurrency", tooConcurrent.Keys, StringComparer.OrdinalIgnoreCase);
        Assert.True(job.Snmp);
        Assert.DoesNotContain(LldpTestAgent.Community, text, StringComparison.Ordinal);
        Assert.NotNull(read.Headers.ETag);
    }

    [Fact]
    public async Task A_new_host_is_proposed_accepted_as_a_device_with_its_interfaces_and_not_proposed_again()
    {
        var client = await factory.OwnOrganizationAsync();
        await using var ssh = LocalServer.Ssh();
        var job = await client.JobAsync(DiscoveryApi.LoopbackJob(agent, ssh.Port));

        var run = await client.RunToEndAsync(job.Id);
        var finding = Assert.Single(await client.FindingsAsync(job.Id));
        var accepted = await HttpJson.ReadAsync<DiscoveryFindingDto>(await client.DecideAsync(finding.Id, "accept", new { kind = "Router" }), HttpStatusCode.OK);
        var device = await client.GetJsonAsync<DeviceDto>($"/api/v1/inventory/devices/{accepted.DeviceId}");
        var interfaces = await client.GetJsonAsync<Page<InterfaceDto>>($"/api/v1/inventory/interfaces?deviceId={device.Id}");
        var again = await client.RunToEndAsync(job.Id);

        Assert.Equal((1, 1, 1, 1), (run.HostsTotal, run.HostsProbed, run.HostsResponding, run.FindingsCount));
        Assert.Equal((FindingKind.NewDevice, "edge-router-1"), (finding.Kind, finding.ProposedName));
        Assert.Equal([ssh.Port], finding.Observation.OpenPorts);
        Assert.StartsWith("SSH-2.0-OpenSSH", finding.Observation.SshBanner, StringComparison.Ordinal);
        Assert.Equal(FindingState.Accepted, accepted.State);
        Assert.Equal(("edge-router-1", DeviceKind.Router, "127.0.0.1", "edge-router-1"), (device.Name, device.Kind, device.PrimaryIp, device.Hostname));
        Assert.Contains(interfaces.Items, i => i.Name == "lo" && i.Kind == InterfaceKind.Virtual);
        Assert.Equal(0, again.FindingsCount);
    }

    [Fact]
    public async Task A_known_device_gets_a_diff_and_only_the_chosen_fields_are_applied()
    {
        var client = await factory.OwnOrganizationAsync();
        var device = await client.DeviceAsync(new { name = "router", hostname = "old-name", primaryIp = "127.0.0.1" });
        var job = await client.JobAsync(DiscoveryApi.LoopbackJob(agent));

        await client.RunToEndAsync(job.Id);
        var finding = Assert.Single(await client.FindingsAsync(job.Id));
        var unknownField = await client.DecideAsync(finding.Id, "accept", new { fields = new[] { "serial" } }).FieldErrorsAsync();
        await HttpJson.ReadAsync<DiscoveryFindingDto>(await client.DecideAsync(finding.Id, "accept", new { fields = new[] { "hostname" } }), HttpStatusCode.OK);
        var updated = await client.GetJsonAsync<DeviceDto>($"/api/v1/inventory/devices/{device.Id}");
        var interfaces = await client.GetJsonAsync<Page<InterfaceDto>>($"/api/v1/inventory/interfaces?deviceId={device.Id}");
        var twice = await client.DecideAsync(finding.Id, "reject");

        Assert.Equal((FindingKind.ChangedDevice, device.Id, "primary IP"), (finding.Kind, finding.DeviceId, finding.MatchedBy));
        Assert.Contains(new FieldChange("hostname", "old-name", "edge-router-1"), finding.Changes);
        Assert.Contains(finding.Changes, c => c.Field == "interface:lo" && c.Current is null);
        Assert.Contains("fields", unknownField.Keys);
        Assert.Equal("edge-router-1", updated.Hostname);
        Assert.Empty(interfaces.Items);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
    }

    [Fact]
    public async Task An_lldp_neighbour_between_known_devices_is_proposed_as_a_cable_and_accepted_through_the_cable_rules()
    {
        var client = await factory.OwnOrganizationAsync();
        var router = await client.DeviceAsync(new { name = "edge-router-1", primaryIp = "127.0.0.1", hostname = "edge-router-1", osName = "Watchkeeper", kind = "Router" });
        var core = await client.DeviceAsync(new { name = "core-sw-2", kind = "Switch" });
        var swp1 = await client.InterfaceAsync(router.Id, "swp1");
        var ge = await client.InterfaceAsync(core.Id, "ge-0/0/1");
        var job = await client.JobAsync(DiscoveryApi.LoopbackJob(agent));

        await client.RunToEndAsync(job.Id);
        var cable = Assert.Single(await client.FindingsAsync(job.Id), f => f.Kind == FindingKind.Cable);
        await HttpJson.ReadAsync<DiscoveryFindingDto>(await client.DecideAsync(cable.Id, "accept"), HttpStatusCode.OK);
        var cables = await client.GetJsonAsync<Page<CableDto>>($"/api/v1/inventory/cables?deviceId={core.Id}");
        var again = await client.RunToEndAsync(job.Id);

        Assert.Equal((swp1.Id, ge.Id), (cable.Cable!.A.InterfaceId, cable.Cable.B.InterfaceId));
        var made = Assert.Single(cables.Items);
        Assert.Equal(new[] { swp1.Id, ge.Id }.Order(), new[] { made.A.Interface.Id, made.B.Interface.Id }.Order());
        Assert.DoesNotContain(await client.FindingsAsync(job.Id), f => f.Kind == FindingKind.Cable && f.RunId == again.Id);
    }

    [Fact]
    public async Task An_ignored_host_is_not_proposed_again_until_it_is_unignored_and_every_decision_is_audited()
    {
        var client = await factory.OwnOrganizationAsync();
        var job = await client.JobAsync(DiscoveryApi.LoopbackJob(agent));

        await client.RunToEndAsync(job.Id);
        var finding = Assert.Single(await client.FindingsAsync(job.Id));
        await HttpJson.ReadAsync<DiscoveryFindingDto>(await client.DecideAsync(finding.Id, "ignore"), HttpStatusCode.OK);
        var ignoredRun = await client.RunToEndAsync(job.Id);
        var ignored = await client.FindingsAsync(job.Id, "Ignored");
        await HttpJson.ReadAsync<DiscoveryFindingDto>(await client.DecideAsync(finding.Id, "unignore"), HttpStatusCode.OK);
        var audit = await client.GetStringAsync("/api/v1/audit?limit=100");

        Assert.Equal(0, ignoredRun.FindingsCount);
        Assert.Equal([finding.Id], ignored.Select(f => f.Id));
        Assert.Equal([finding.Id], (await client.FindingsAsync(job.Id)).Select(f => f.Id));
        Assert.Contains("discovery_finding.ignored", audit, StringComparison.Ordinal);
        Assert.Contains("discovery_finding.unignored", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Other_organizations_and_viewers_cannot_see_or_run_jobs_or_decide_findings()
    {
        var client = await factory.OwnOrganizationAsync();
        var job = await client.JobAsync(DiscoveryApi.LoopbackJob(agent));
        await client.RunToEndAsync(job.Id);
        var finding = Assert.Single(await client.FindingsAsync(job.Id));
        var other = (await factory.AdminAsync()).Client;
        var viewer = (await factory.UserWithRoleAsync("Viewer")).Client;

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/inventory/discovery/jobs/{job.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/inventory/discovery/findings/{finding.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.SendJsonAsync(HttpMethod.Post, $"/api/v1/inventory/discovery/jobs/{job.Id}/runs")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.DecideAsync(finding.Id, "accept")).StatusCode);
        Assert.DoesNotContain(await other.FindingsAsync(job.Id), f => f.Id == finding.Id);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync("/api/v1/inventory/discovery/jobs")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.SendJsonAsync(HttpMethod.Post, "/api/v1/inventory/discovery/jobs", DiscoveryApi.LoopbackJob(agent))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.DecideAsync(finding.Id, "ignore")).StatusCode);
    }
}

public sealed class DiscoveryTestsOnSqlite(SqliteFactory factory, LldpTestAgent agent)
    : DiscoveryTests(factory, agent), IClassFixture<SqliteFactory>, IClassFixture<LldpTestAgent>;

public sealed class DiscoveryTestsOnPostgres(PostgresFactory factory, LldpTestAgent agent)
    : DiscoveryTests(factory, agent), IClassFixture<PostgresFactory>, IClassFixture<LldpTestAgent>;
