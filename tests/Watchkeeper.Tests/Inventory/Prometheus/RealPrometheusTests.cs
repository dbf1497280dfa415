using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Platform.Roles;
using Watchkeeper.Testing;
using Watchkeeper.Tests.Infrastructure;

namespace Watchkeeper.Tests.Inventory.Prometheus;

/// <summary>A real Prometheus configured with http_sd_configs and a read-only token lists what the inventory says exists.</summary>
public sealed class RealPrometheusTests
{
    private const string Password = "prometheus test password";

    [Fact]
    public async Task Prometheus_discovers_the_tagged_devices_with_their_labels()
    {
        await using var server = await ServerProcess.StartAsync();
        var admin = await AdministratorAsync(server);
        // Loopback addresses only: Prometheus will try to scrape whatever it discovers.
        var node = await admin.DeviceAsync(new { name = "node-1", kind = "Server", primaryIp = "127.0.0.1", status = "Active", environment = "Production", tags = new[] { "node-exporter", "linux" } });
        var byName = await admin.DeviceAsync(new { name = "node-2", kind = "VirtualMachine", fqdn = "localhost", status = "Active", tags = new[] { "node-exporter" } });
        await admin.DeviceAsync(new { name = "switch-1", kind = "Switch", primaryIp = "127.0.0.2", status = "Active" });
        var token = await admin.PostJsonAsync<CreatedTokenDto>("/api/v1/tokens", new { name = "prometheus", permissions = new[] { Permissions.InventoryRead } }, HttpStatusCode.Created);

        await using var prometheus = await PrometheusServer.StartAsync($"""
            global:
              scrape_interval: 1h
            scrape_configs:
              - job_name: inventory
                http_sd_configs:
                  - url: {server.BaseUrl}api/v1/inventory/prometheus/targets?tag=node-exporter
                    refresh_interval: 5s
                    authorization:
                      type: Bearer
                      credentials: {token.Secret}
            """);

        var targets = await ActiveTargetsAsync(prometheus, expected: 2);
        var byInstance = targets.ToDictionary(t => t.GetProperty("labels").GetProperty("instance").GetString()!);
        var first = byInstance["127.0.0.1:9100"];
        Assert.Equal($"{node.Id}", first.GetProperty("labels").GetProperty("watchkeeper_item").GetString());
        Assert.Equal("inventory", first.GetProperty("labels").GetProperty("job").GetString());
        var discovered = first.GetProperty("discoveredLabels");
        Assert.Equal("node-1", discovered.GetProperty("__meta_watchkeeper_name").GetString());
        Assert.Equal("Production", discovered.GetProperty("__meta_watchkeeper_environment").GetString());
        Assert.Equal(",linux,node-exporter,", discovered.GetProperty("__meta_watchkeeper_tags").GetString());
        Assert.Equal($"{byName.Id}", byInstance["localhost:9100"].GetProperty("labels").GetProperty("watchkeeper_item").GetString());
    }

    private static async Task<JsonElement[]> ActiveTargetsAsync(PrometheusServer prometheus, int expected)
    {
        using var client = prometheus.CreateClient();
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var answer = await client.GetJsonAsync<JsonElement>("/api/v1/targets?state=active");
            var targets = answer.GetProperty("data").GetProperty("activeTargets").EnumerateArray().ToArray();
            if (targets.Length == expected)
            {
                return targets;
            }
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(60), $"Prometheus lists {targets.Length} targets, not {expected}:\n{prometheus.Log}");
            await Task.Delay(200);
        }
    }

    private static async Task<HttpClient> AdministratorAsync(ServerProcess server)
    {
        var client = server.CreateClient();
        var setupToken = Uri.UnescapeDataString((await server.SetupLinkAsync()).Split("token=")[1]);
        await client.PostJsonAsync<UserRef>("/api/v1/setup", new { token = setupToken, email = "admin@example.com", displayName = "Admin", password = Password });
        var created = await client.PostJsonAsync<CreatedTokenDto>("/api/v1/auth/token", new { email = "admin@example.com", password = Password });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", created.Secret);
        return client;
    }
}
