using System.Net;
using Watchkeeper.Contracts;
using Watchkeeper.Tests.Infrastructure;
using Watchkeeper.Tests.Inventory.Snmp;

namespace Watchkeeper.Tests.Inventory.Discovery;

/// <summary>Arranges discovery through the API: a job over 127.0.0.1 asking the test snmpd, a run waited for to its end.</summary>
public static class DiscoveryApi
{
    public static object LoopbackJob(LldpTestAgent agent, params int[] tcpPorts) => new
    {
        name = InventoryApi.Unique("sweep"), prefixes = new[] { "127.0.0.1" }, icmp = false, tcpPorts, reverseDns = true, banners = true,
        snmp = true, snmpCommunity = LldpTestAgent.Community, snmpPort = agent.Agent.Endpoint.Port, timeoutMs = 1000,
    };

    public static Task<DiscoveryJobDto> JobAsync(this HttpClient client, object job) =>
        client.PostJsonAsync<DiscoveryJobDto>("/api/v1/inventory/discovery/jobs", job, HttpStatusCode.Created);

    public static async Task<DiscoveryRunDto> RunToEndAsync(this HttpClient client, long jobId)
    {
        var run = await client.PostJsonAsync<DiscoveryRunDto>($"/api/v1/inventory/discovery/jobs/{jobId}/runs", new { }, HttpStatusCode.Accepted);
        await Eventually.TrueAsync(
            async () => (run = await client.GetJsonAsync<DiscoveryRunDto>($"/api/v1/inventory/discovery/runs/{run.Id}")).Status is not (DiscoveryRunStatus.Queued or DiscoveryRunStatus.Running),
            TimeSpan.FromSeconds(60), "The discovery run did not end in time.");
        Assert.True(run.Status == DiscoveryRunStatus.Succeeded, $"The run ended {run.Status}: {run.Error}");
        return run;
    }

    public static async Task<IReadOnlyList<DiscoveryFindingDto>> FindingsAsync(this HttpClient client, long jobId, string state = "Pending") =>
        (await client.GetJsonAsync<Page<DiscoveryFindingDto>>($"/api/v1/inventory/discovery/findings?jobId={jobId}&state={state}")).Items;

    public static Task<HttpResponseMessage> DecideAsync(this HttpClient client, long findingId, string decision, object? body = null) =>
        client.SendJsonAsync(HttpMethod.Post, $"/api/v1/inventory/discovery/findings/{findingId}/{decision}", body ?? new { });

    /// <summary>A fresh organization per test: every test's devices match 127.0.0.1, so they must not share one.</summary>
    public static async Task<HttpClient> OwnOrganizationAsync(this WatchkeeperFactory factory)
    {
        var admin = await factory.AdminAsync();
        var slug = $"disc-{Guid.NewGuid():N}"[..20];
        await admin.Client.PostJsonAsync<OrganizationDto>("/api/v1/organizations", new { name = "Discovery " + slug, slug }, HttpStatusCode.Created);
        return (await TestUser.LogInAsync(factory, admin.Id, admin.Email, WatchkeeperFactory.AdminPassword, slug)).Client;
    }
}
