using System.Net;
using Watchkeeper.Contracts;
using Watchkeeper.Tests.Infrastructure;

namespace Watchkeeper.Tests.Inventory.Power;

public abstract class PowerTests(WatchkeeperFactory factory)
{
    private async Task<HttpClient> AdminAsync() => (await factory.AdminAsync()).Client;

    [Fact]
    public async Task Panels_are_named_once_per_site_in_a_location_of_that_site_and_are_audited()
    {
        var client = await AdminAsync();
        var (site, other) = (await client.SiteAsync(), await client.SiteAsync());
        var room = await client.PostJsonAsync<LocationDto>("/api/v1/inventory/locations", new { siteId = other.Id, name = "Room" }, HttpStatusCode.Created);
        var panel = await client.PanelAsync(site.Id);

        var taken = await client.SendJsonAsync(HttpMethod.Post, "/api/v1/inventory/power-panels", new { siteId = site.Id, name = panel.Name }).FieldErrorsAsync();
        var elsewhere = await client.SendJsonAsync(HttpMethod.Post, "/api/v1/inventory/power-panels", new { siteId = site.Id, name = "P2", locationId = room.Id }).FieldErrorsAsync();
        var sameNameOtherSite = await client.PostJsonAsync<PowerPanelDto>("/api/v1/inventory/power-panels", new { siteId = other.Id, name = panel.Name }, HttpStatusCode.Created);
        var audit = await client.GetJsonAsync<Page<AuditEntryDto>>($"/api/v1/audit?objectType=power_panel&objectId={panel.Id}");

        Assert.Contains("already has a panel", taken["name"][0]);
        Assert.Contains("panel's site", elsewhere["locationId"][0]);
        Assert.Equal(other.Id, sameNameOtherSite.SiteId);
        Assert.Contains(audit.Items, e => e.Action == "power_panel.created");
    }

    [Fact]
    public async Task Feeds_check_their_ratings_and_serve_only_a_rack_of_the_panels_site()
    {
        var client = await AdminAsync();
        var (site, other) = (await client.SiteAsync(), await client.SiteAsync());
        var panel = await client.PanelAsync(site.Id);
        var foreignRack = await client.RackAsync(other.Id);
        var feed = await client.FeedAsync(panel.Id);

        var bad = await client.SendJsonAsync(HttpMethod.Post, "/api/v1/inventory/power-feeds",
            new { panelId = panel.Id, name = "X", voltage = 0, amperage = 1001, maxUtilizationPercent = 101 }).FieldErrorsAsync();
        var rules = await client.SendJsonAsync(HttpMethod.Post, "/api/v1/inventory/power-feeds",
            new { panelId = panel.Id, name = feed.Name, supply = "Dc", phase = "ThreePhase", rackId = foreignRack.Id }).FieldErrorsAsync();
        var unknownPhase = await client.SendJsonAsync(HttpMethod.Post, "/api/v1/inventory/power-feeds", new { panelId = panel.Id, name = "Y", phase = "Two" });

        Assert.True(bad.ContainsKey("voltage") && bad.ContainsKey("amperage") && bad.ContainsKey("maxUtilizationPercent"));
        Assert.Contains("already has a feed", rules["name"][0]);
        Assert.Contains("no phases", rules["phase"][0]);
        Assert.Contains("panel's site", rules["rackId"][0]);
        await unknownPhase.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal((80, 2944), (feed.MaxUtilizationPercent, feed.Load.CapacityWatts));
    }

    [Fact]
    public async Task Three_phase_capacity_takes_root_three()
    {
        var client = await AdminAsync();
        var panel = await client.PanelAsync((await client.SiteAsync()).Id);

        var feed = await client.PostJsonAsync<PowerFeedDto>("/api/v1/inventory/power-feeds",
            new { panelId = panel.Id, name = "3P", phase = "ThreePhase", voltage = 400, amperage = 32, maxUtilizationPercent = 80 }, HttpStatusCode.Created);

        Assert.Equal(17736, feed.Load.CapacityWatts);
    }

    [Fact]
    public async Task Load_flows_through_a_pdu_splits_over_dual_cords_and_shows_the_partner_failure_load()
    {
        var client = await AdminAsync();
        var site = await client.SiteAsync();
        var panel = await client.PanelAsync(site.Id);
        var (a, b) = (await client.FeedAsync(panel.Id), await client.FeedAsync(panel.Id, "Redundant"));
        var pdu = await client.PoweredAsync("Pdu", null, maxOutputWatts: 3680);
        var (dual, single, mystery) = (await client.PoweredAsync("Server", 400), await client.PoweredAsync("Server", 300), await client.PoweredAsync("Server", null));
        await client.CordAsync(pdu.Id, feedId: a.Id);
        await client.CordAsync(dual.Id, upstreamDeviceId: pdu.Id);
        await client.CordAsync(dual.Id, feedId: b.Id);
        await client.CordAsync(single.Id, upstreamDeviceId: pdu.Id);
        await client.CordAsync(mystery.Id, feedId: b.Id);

        var loadA = (await client.FeedAsync(a)).Load;
        var loadB = (await client.FeedAsync(b)).Load;
        var sitePower = await client.GetJsonAsync<List<SitePowerPanelDto>>($"/api/v1/inventory/sites/{site.Id}/power");
        var pduPower = await client.GetJsonAsync<DevicePowerDto>($"/api/v1/inventory/devices/{pdu.Id}/power");
        var consumers = await client.GetJsonAsync<List<PowerConsumerDto>>($"/api/v1/inventory/power-feeds/{a.Id}/consumers");

        Assert.Equal((500, 700, 3, 17), (loadA.LoadWatts, loadA.FailoverWatts, loadA.DeviceCount, loadA.LoadPercent));
        Assert.Empty(loadA.UnknownDraw);
        Assert.Equal((200, 400), (loadB.LoadWatts, loadB.FailoverWatts));
        Assert.Equal(new[] { new NamedRef(mystery.Id, mystery.Name) }, loadB.UnknownDraw);
        var feeds = Assert.Single(sitePower).Feeds;
        Assert.Equal(new[] { a.Id, b.Id }, feeds.Select(f => f.Id).Order());
        Assert.Equal((3680, 500, 700), (pduPower.Load!.CapacityWatts, pduPower.Load.LoadWatts, pduPower.Load.FailoverWatts));
        Assert.Equal(2, pduPower.Consumers.Count);
        Assert.Equal((pdu.Id, 500), (Assert.Single(consumers).Device.Id, consumers[0].ShareWatts));
    }

    [Fact]
    public async Task Cords_need_one_source_a_pdu_or_ups_upstream_and_no_loop()
    {
        var client = await AdminAsync();
        var feed = await client.FeedAsync((await client.PanelAsync((await client.SiteAsync()).Id)).Id);
        var (pdu1, pdu2, server) = (await client.PoweredAsync("Pdu", 10), await client.PoweredAsync("Ups", 10), await client.PoweredAsync("Server", 100));
        await client.CordAsync(pdu2.Id, upstreamDeviceId: pdu1.Id);

        var both = await client.PostCordAsync(server.Id, feed.Id, pdu1.Id).FieldErrorsAsync();
        var neither = await client.PostCordAsync(server.Id).FieldErrorsAsync();
        var fromServer = await client.PostCordAsync(pdu1.Id, upstreamDeviceId: server.Id).FieldErrorsAsync();
        var itself = await client.PostCordAsync(pdu1.Id, upstreamDeviceId: pdu1.Id).FieldErrorsAsync();
        var loop = await client.PostCordAsync(pdu1.Id, upstreamDeviceId: pdu2.Id).FieldErrorsAsync();
        var noDevice = await client.PostCordAsync(0, feed.Id).FieldErrorsAsync();

        Assert.Contains("not both", both["feedId"][0]);
        Assert.Contains("not both", neither["feedId"][0]);
        Assert.Contains("only a PDU or UPS", fromServer["upstreamDeviceId"][0]);
        Assert.Contains("cannot feed itself", itself["upstreamDeviceId"][0]);
        Assert.Contains("loop", loop["upstreamDeviceId"][0]);
        Assert.True(noDevice.ContainsKey("deviceId"));
    }

    [Fact]
    public async Task Panels_with_feeds_feeds_with_cords_and_pdus_that_supply_devices_are_not_deleted()
    {
        var client = await AdminAsync();
        var site = await client.SiteAsync();
        var panel = await client.PanelAsync(site.Id);
        var feed = await client.FeedAsync(panel.Id);
        var (pdu, server) = (await client.PoweredAsync("Pdu", 10), await client.PoweredAsync("Server", 100));
        await client.CordAsync(pdu.Id, feedId: feed.Id);
        var cord = await client.CordAsync(server.Id, upstreamDeviceId: pdu.Id);

        var panelProblem = await (await client.DeleteAsync($"/api/v1/inventory/power-panels/{panel.Id}")).ProblemAsync(HttpStatusCode.Conflict);
        var feedProblem = await (await client.DeleteAsync($"/api/v1/inventory/power-feeds/{feed.Id}")).ProblemAsync(HttpStatusCode.Conflict);
        var pduProblem = await (await client.DeleteAsync($"/api/v1/inventory/devices/{pdu.Id}")).ProblemAsync(HttpStatusCode.Conflict);
        var siteProblem = await (await client.DeleteAsync($"/api/v1/inventory/sites/{site.Id}")).ProblemAsync(HttpStatusCode.Conflict);
        var unplugged = await client.DeleteAsync($"/api/v1/inventory/power-connections/{cord.Id}");
        var serverGone = await client.DeleteAsync($"/api/v1/inventory/devices/{server.Id}");
        var pduGone = await client.DeleteAsync($"/api/v1/inventory/devices/{pdu.Id}");
        var feedGone = await client.DeleteAsync($"/api/v1/inventory/power-feeds/{feed.Id}");

        Assert.Contains("1 feed(s)", panelProblem.Detail);
        Assert.Contains("1 connection(s)", feedProblem.Detail);
        Assert.Contains("supplies power", pduProblem.Detail);
        Assert.Contains("power panel", siteProblem.Detail);
        Assert.All(new[] { unplugged, serverGone, pduGone, feedGone }, r => Assert.Equal(HttpStatusCode.NoContent, r.StatusCode));
    }

    [Fact]
    public async Task One_organization_never_reads_or_connects_to_another_organizations_power()
    {
        var admin = await factory.AdminAsync();
        var slug = $"power-{Guid.NewGuid():N}"[..20];
        await admin.Client.PostJsonAsync<OrganizationDto>("/api/v1/organizations", new { name = "Power B", slug }, HttpStatusCode.Created);
        var theirs = (await TestUser.LogInAsync(factory, admin.Id, admin.Email, WatchkeeperFactory.AdminPassword, slug)).Client;
        var site = await theirs.SiteAsync();
        var panel = await theirs.PanelAsync(site.Id);
        var feed = await theirs.FeedAsync(panel.Id);
        var pdu = await theirs.PoweredAsync("Pdu", 10);
        var ours = admin.Client;
        var server = await ours.PoweredAsync("Server", 100);

        foreach (var path in new[] { $"/api/v1/inventory/power-panels/{panel.Id}", $"/api/v1/inventory/power-feeds/{feed.Id}", $"/api/v1/inventory/sites/{site.Id}/power",
                     $"/api/v1/inventory/power-feeds/{feed.Id}/consumers", $"/api/v1/inventory/devices/{pdu.Id}/power" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await ours.GetAsync(path)).StatusCode);
        }
        var toTheirFeed = await ours.PostCordAsync(server.Id, feedId: feed.Id).FieldErrorsAsync();
        var toTheirPdu = await ours.PostCordAsync(server.Id, upstreamDeviceId: pdu.Id).FieldErrorsAsync();
        var feedOnTheirPanel = await ours.SendJsonAsync(HttpMethod.Post, "/api/v1/inventory/power-feeds", new { panelId = panel.Id, name = "F" }).FieldErrorsAsync();

        Assert.True(toTheirFeed.ContainsKey("feedId"));
        Assert.True(toTheirPdu.ContainsKey("upstreamDeviceId"));
        Assert.True(feedOnTheirPanel.ContainsKey("panelId"));
        Assert.DoesNotContain((await ours.GetJsonAsync<Page<PowerFeedDto>>("/api/v1/inventory/power-feeds?limit=500")).Items, f => f.Id == feed.Id);
    }
}

public sealed class PowerTestsOnSqlite(SqliteFactory f) : PowerTests(f), IClassFixture<SqliteFactory>;

public sealed class PowerTestsOnPostgres(PostgresFactory f) : PowerTests(f), IClassFixture<PostgresFactory>;
