using System.Net;
using Watchkeeper.Contracts;
using Watchkeeper.Tests.Infrastructure;

namespace Watchkeeper.Tests.Inventory.Network;

public abstract class CableTests(WatchkeeperFactory factory)
{
    [Fact]
    public async Task Each_interface_takes_one_cable_between_two_different_physical_ports()
    {
        var client = (await factory.AdminAsync()).Client;
        var (a, b) = (await client.DeviceNamedAsync("sw"), await client.DeviceNamedAsync("srv"));
        var (a1, b1, b2) = (await client.InterfaceAsync(a.Id, "ge-1"), await client.InterfaceAsync(b.Id, "eth0"), await client.InterfaceAsync(b.Id, "eth1"));
        var lag = await client.InterfaceAsync(a.Id, "ae0", "Lag");
        var vlan = await client.InterfaceAsync(b.Id, "vlan10", "Virtual");

        var cable = await client.CableAsync(a1.Id, b1.Id);
        var taken = await client.PostCableAsync(a1.Id, b2.Id).FieldErrorsAsync();
        var takenAsB = await client.PostCableAsync(b2.Id, b1.Id).FieldErrorsAsync();
        var itself = await client.PostCableAsync(b2.Id, b2.Id).FieldErrorsAsync();
        var toLag = await client.PostCableAsync(lag.Id, b2.Id).FieldErrorsAsync();
        var toVirtual = await client.PostCableAsync(b2.Id, vlan.Id).FieldErrorsAsync();
        var peer = await client.GetJsonAsync<InterfaceDto>($"/api/v1/inventory/interfaces/{a1.Id}");
        var deleteCabledPort = await client.DeleteAsync($"/api/v1/inventory/interfaces/{a1.Id}");
        var deleteCabledDevice = await client.DeleteAsync($"/api/v1/inventory/devices/{a.Id}");

        Assert.Equal((a1.Id, b1.Id), (cable.A.Interface.Id, cable.B.Interface.Id));
        Assert.Equal((b.Id, b.Name), (cable.B.Device.Id, cable.B.Device.Name));
        Assert.Contains("already has a cable", taken["aInterfaceId"][0]);
        Assert.Contains("already has a cable", takenAsB["bInterfaceId"][0]);
        Assert.Contains("two different interfaces", itself["bInterfaceId"][0]);
        Assert.Contains("takes no cable", toLag["aInterfaceId"][0]);
        Assert.Contains("takes no cable", toVirtual["bInterfaceId"][0]);
        Assert.Equal(new CablePeer(cable.Id, new NamedRef(b.Id, b.Name), new NamedRef(b1.Id, "eth0")), peer.Peer);
        await deleteCabledPort.ProblemAsync(HttpStatusCode.Conflict);
        await deleteCabledDevice.ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Racing_cables_for_one_interface_leave_exactly_one_and_refuse_the_rest_as_field_errors()
    {
        var client = (await factory.AdminAsync()).Client;
        var (a, b) = (await client.DeviceNamedAsync("sw"), await client.DeviceNamedAsync("srv"));
        var shared = await client.InterfaceAsync(a.Id, "ge-1");
        var others = new List<InterfaceDto>();
        for (var i = 0; i < 6; i++)
        {
            others.Add(await client.InterfaceAsync(b.Id, $"eth{i}"));
        }

        var responses = await Task.WhenAll(others.Select(o => client.PostCableAsync(shared.Id, o.Id)));
        var cables = await client.GetJsonAsync<Page<CableDto>>($"/api/v1/inventory/cables?deviceId={a.Id}");

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        Assert.Single(cables.Items);
    }

    [Fact]
    public async Task Cables_racing_between_the_same_two_devices_all_land_and_share_one_connected_to()
    {
        var client = (await factory.AdminAsync()).Client;
        var (sw, srv) = (await client.DeviceNamedAsync("sw"), await client.DeviceNamedAsync("srv"));
        var pairs = new List<(long, long)>();
        for (var i = 0; i < 4; i++)
        {
            pairs.Add(((await client.InterfaceAsync(sw.Id, $"ge-{i}")).Id, (await client.InterfaceAsync(srv.Id, $"eth{i}")).Id));
        }

        var responses = await Task.WhenAll(pairs.Select(p => client.PostCableAsync(p.Item1, p.Item2)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Single(await client.ConnectedToAsync(srv.Id));
    }

    [Fact]
    public async Task Connected_to_follows_the_cables_and_cannot_be_typed_by_hand()
    {
        var client = (await factory.AdminAsync()).Client;
        var (sw, srv, other) = (await client.DeviceNamedAsync("sw"), await client.DeviceNamedAsync("srv"), await client.DeviceNamedAsync("fw"));
        var (sw1, sw2) = (await client.InterfaceAsync(sw.Id, "ge-1"), await client.InterfaceAsync(sw.Id, "ge-2"));
        var (srv1, srv2, fw1) = (await client.InterfaceAsync(srv.Id, "eth0"), await client.InterfaceAsync(srv.Id, "eth1"), await client.InterfaceAsync(other.Id, "eth0"));

        var first = await client.CableAsync(sw1.Id, srv1.Id);
        var second = await client.CableAsync(srv2.Id, sw2.Id);
        var afterTwo = await client.ConnectedToAsync(srv.Id);
        await client.DeleteAsync($"/api/v1/inventory/cables/{first.Id}");
        var afterOne = await client.ConnectedToAsync(srv.Id);
        var moved = await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/inventory/cables/{second.Id}", new { aInterfaceId = fw1.Id, bInterfaceId = sw2.Id, type = "Dac" });
        var afterMove = (srv: await client.ConnectedToAsync(srv.Id), fw: await client.ConnectedToAsync(other.Id));
        var byHand = await client.PostRelationshipAsync(srv.Id, sw.Id, "ConnectedTo").FieldErrorsAsync();
        var deleteDerived = await client.DeleteAsync($"/api/v1/inventory/relationships/{afterMove.fw[0].Id}");
        var impact = await client.GetJsonAsync<ImpactDto>($"/api/v1/inventory/items/{sw.Id}/impact");

        var relationship = Assert.Single(afterTwo);
        Assert.Equal((Math.Min(sw.Id, srv.Id), Math.Max(sw.Id, srv.Id)), (relationship.Source.Id, relationship.Target.Id));
        Assert.Single(afterOne);
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Empty(afterMove.srv);
        Assert.Contains(Assert.Single(afterMove.fw).Source.Id, new[] { sw.Id, other.Id });
        Assert.Contains("derived from cables", byHand["type"][0]);
        await deleteDerived.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Empty(impact.Affected);
    }

    [Fact]
    public async Task Another_organizations_interfaces_cannot_be_read_or_cabled()
    {
        var admin = await factory.AdminAsync();
        var slug = $"cab-{Guid.NewGuid():N}"[..20];
        await admin.Client.PostJsonAsync<OrganizationDto>("/api/v1/organizations", new { name = "Cables B", slug }, HttpStatusCode.Created);
        var theirs = (await TestUser.LogInAsync(factory, admin.Id, admin.Email, WatchkeeperFactory.AdminPassword, slug)).Client;
        var theirPort = await theirs.InterfaceAsync((await theirs.DeviceNamedAsync("sw")).Id, "ge-1");
        var myPort = await admin.Client.InterfaceAsync((await admin.Client.DeviceNamedAsync("sw")).Id, "ge-1");

        var read = await admin.Client.GetAsync($"/api/v1/inventory/interfaces/{theirPort.Id}");
        var listed = await admin.Client.GetJsonAsync<Page<InterfaceDto>>($"/api/v1/inventory/interfaces?deviceId={theirPort.Device.Id}");
        var cable = await admin.Client.PostCableAsync(myPort.Id, theirPort.Id).FieldErrorsAsync();
        var onTheirDevice = await admin.Client.PostInterfaceAsync(new { deviceId = theirPort.Device.Id, name = "x" }).FieldErrorsAsync();

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Empty(listed.Items);
        Assert.True(cable.ContainsKey("bInterfaceId"));
        Assert.True(onTheirDevice.ContainsKey("deviceId"));
    }
}

public sealed class CableTestsOnSqlite(SqliteFactory f) : CableTests(f), IClassFixture<SqliteFactory>;

public sealed class CableTestsOnPostgres(PostgresFactory f) : CableTests(f), IClassFixture<PostgresFactory>;
