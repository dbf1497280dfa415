using System.Net;
using Watchkeeper.Contracts;
using Watchkeeper.Tests.Infrastructure;

namespace Watchkeeper.Tests.Inventory.Network;

public abstract class InterfaceTests(WatchkeeperFactory factory)
{
    [Fact]
    public async Task A_device_of_a_type_gets_the_types_interfaces_and_can_add_the_missing_ones_later()
    {
        var client = (await factory.AdminAsync()).Client;
        var templates = new[] { new { name = "eth0", kind = "Base1000T", speedMbps = 1000, managementOnly = true }, new { name = "xe-0/0/0", kind = "Sfp10G", speedMbps = 10000, managementOnly = false } };
        var type = await client.PostJsonAsync<DeviceTypeDto>("/api/v1/inventory/device-types",
            new { manufacturer = "Acme", model = InventoryApi.Unique("sw"), interfaces = templates }, HttpStatusCode.Created);
        var device = await client.DeviceAsync(new { name = InventoryApi.Unique("sw"), kind = "Switch", deviceTypeId = type.Id });
        var created = await client.GetJsonAsync<Page<InterfaceDto>>($"/api/v1/inventory/interfaces?deviceId={device.Id}");

        var more = templates.Append(new { name = "xe-0/0/1", kind = "Sfp10G", speedMbps = 10000, managementOnly = false });
        await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/inventory/device-types/{type.Id}", new { manufacturer = "Acme", model = type.Model, interfaces = more });
        var added = await client.PostJsonAsync<InterfacesAdded>($"/api/v1/inventory/interfaces/from-type?deviceId={device.Id}", new { }, HttpStatusCode.OK);
        var again = await client.PostJsonAsync<InterfacesAdded>($"/api/v1/inventory/interfaces/from-type?deviceId={device.Id}", new { }, HttpStatusCode.OK);
        var reread = await client.GetJsonAsync<DeviceTypeDto>($"/api/v1/inventory/device-types/{type.Id}");

        Assert.Equal(["eth0", "xe-0/0/0"], created.Items.Select(i => i.Name).Order());
        Assert.True(created.Items.Single(i => i.Name == "eth0").ManagementOnly);
        Assert.Equal((1, 0), (added.Added, again.Added));
        Assert.Equal(3, reread.Interfaces!.Count);
    }

    [Fact]
    public async Task Mac_addresses_are_validated_and_stored_in_one_form_and_names_are_unique_per_device()
    {
        var client = (await factory.AdminAsync()).Client;
        var device = await client.DeviceNamedAsync("host");
        var other = await client.DeviceNamedAsync("host");

        var created = await HttpJson.ReadAsync<InterfaceDto>(
            await client.PostInterfaceAsync(new { deviceId = device.Id, name = "eth0", macAddress = "00-1A-2B-3C-4D-5E" }), HttpStatusCode.Created);
        var cisco = await HttpJson.ReadAsync<InterfaceDto>(
            await client.PostInterfaceAsync(new { deviceId = other.Id, name = "eth0", macAddress = "001a.2b3c.4d5f" }), HttpStatusCode.Created);
        var bad = await client.PostInterfaceAsync(new { deviceId = device.Id, name = "eth1", macAddress = "00:1a:2b:3c:4d" }).FieldErrorsAsync();
        var duplicate = await client.PostInterfaceAsync(new { deviceId = device.Id, name = "eth0" }).FieldErrorsAsync();
        var found = await client.GetJsonAsync<Page<InterfaceDto>>("/api/v1/inventory/interfaces?q=001A2B3C4D5E");

        Assert.Equal("00:1a:2b:3c:4d:5e", created.MacAddress);
        Assert.Equal("00:1a:2b:3c:4d:5f", cisco.MacAddress);
        Assert.Contains("not a MAC address", bad["macAddress"][0]);
        Assert.Contains("already has an interface named", duplicate["name"][0]);
        Assert.Equal(created.Id, Assert.Single(found.Items).Id);
    }

    [Fact]
    public async Task A_lag_member_belongs_to_a_lag_of_its_own_device_and_a_lag_is_never_a_member()
    {
        var client = (await factory.AdminAsync()).Client;
        var device = await client.DeviceNamedAsync("sw");
        var other = await client.DeviceNamedAsync("sw");
        var lag = await client.InterfaceAsync(device.Id, "ae0", "Lag");
        var foreignLag = await client.InterfaceAsync(other.Id, "ae0", "Lag");
        var port = await client.InterfaceAsync(device.Id, "ge-0", "Base1000T");

        var member = await client.InterfaceAsync(device.Id, "ge-1", "Base1000T", lag.Id);
        var acrossDevices = await client.PostInterfaceAsync(new { deviceId = device.Id, name = "ge-2", lagId = foreignLag.Id }).FieldErrorsAsync();
        var notALag = await client.PostInterfaceAsync(new { deviceId = device.Id, name = "ge-3", lagId = port.Id }).FieldErrorsAsync();
        var nested = await client.PostInterfaceAsync(new { deviceId = device.Id, name = "ae1", kind = "Lag", lagId = lag.Id }).FieldErrorsAsync();
        var unLag = await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/inventory/interfaces/{lag.Id}", new { deviceId = device.Id, name = "ae0", kind = "Base1000T" })
            .FieldErrorsAsync();

        Assert.Equal(lag.Id, member.Lag!.Id);
        Assert.Contains("same device", acrossDevices["lagId"][0]);
        Assert.Contains("not a LAG", notALag["lagId"][0]);
        Assert.Contains("cannot be a member", nested["lagId"][0]);
        Assert.Contains("still has 1 member", unLag["kind"][0]);
    }
}

public sealed class InterfaceTestsOnSqlite(SqliteFactory f) : InterfaceTests(f), IClassFixture<SqliteFactory>;

public sealed class InterfaceTestsOnPostgres(PostgresFactory f) : InterfaceTests(f), IClassFixture<PostgresFactory>;
