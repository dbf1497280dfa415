using System.Net;
using Watchkeeper.Contracts;
using Watchkeeper.Tests.Infrastructure;

namespace Watchkeeper.Tests.Inventory;

public abstract class CustomFieldTests(WatchkeeperFactory factory)
{
    private async Task<HttpClient> AdminAsync() => (await factory.AdminAsync()).Client;

    [Fact]
    public async Task Definitions_need_a_slug_key_unique_per_kind_and_choices_for_a_choice()
    {
        var client = await AdminAsync();
        var field = await client.CustomFieldAsync("Text");

        var errors = await client.SendJsonAsync(HttpMethod.Post, "/api/v1/inventory/custom-fields",
            new { itemKind = "Device", key = field.Key, label = "Again", kind = "Choice" }).FieldErrorsAsync();
        var badKey = await client.SendJsonAsync(HttpMethod.Post, "/api/v1/inventory/custom-fields",
            new { itemKind = "Device", key = "Has Space", label = "Bad" }).FieldErrorsAsync();
        var otherKind = await client.SendJsonAsync(HttpMethod.Post, "/api/v1/inventory/custom-fields",
            new { itemKind = "RedundancyGroup", key = field.Key, label = "Same key, other kind" });

        Assert.Equal(["choices", "key"], errors.Keys.Order());
        Assert.True(badKey.ContainsKey("key"));
        Assert.Equal(HttpStatusCode.Created, otherKind.StatusCode);
    }

    [Fact]
    public async Task Values_are_checked_per_kind_and_stored_in_one_form()
    {
        var client = await AdminAsync();
        var (number, date, flag, url) = (await client.CustomFieldAsync("Number"), await client.CustomFieldAsync("Date"),
            await client.CustomFieldAsync("Boolean"), await client.CustomFieldAsync("Url"));
        var choice = await client.CustomFieldAsync("Choice", choices: ["Gold", "Silver"]);

        var errors = await client.PostDeviceAsync(new
        {
            name = InventoryApi.Unique("cf"),
            customFields = new Dictionary<string, string>
            {
                [number.Key] = "twelve", [date.Key] = "31.03.2026", [flag.Key] = "maybe", [url.Key] = "ftp://x", [choice.Key] = "Bronze", ["unknown-key"] = "x",
            },
        }).FieldErrorsAsync();
        var device = await client.DeviceAsync(new
        {
            name = InventoryApi.Unique("cf"),
            customFields = new Dictionary<string, string>
            {
                [number.Key] = "12.50", [date.Key] = "2026-03-31", [flag.Key] = "TRUE", [url.Key] = "https://wiki.example/x", [choice.Key] = "gold",
            },
        });

        foreach (var key in new[] { number.Key, date.Key, flag.Key, url.Key, choice.Key, "unknown-key" })
        {
            Assert.True(errors.ContainsKey("customFields." + key), $"no error for {key}: {string.Join(", ", errors.Keys)}");
        }
        Assert.Equal("12.5", device.CustomFields![number.Key]);
        Assert.Equal("true", device.CustomFields[flag.Key]);
        Assert.Equal("Gold", device.CustomFields[choice.Key]);
    }

    [Fact]
    public async Task A_required_field_must_be_given_and_the_device_list_filters_by_value()
    {
        var client = await AdminAsync();
        var level = await client.CustomFieldAsync("Choice", choices: ["Gold", "Silver"]);
        var gold = await client.DeviceAsync(new { name = InventoryApi.Unique("g"), customFields = new Dictionary<string, string> { [level.Key] = "Gold" } });
        await client.DeviceAsync(new { name = InventoryApi.Unique("s"), customFields = new Dictionary<string, string> { [level.Key] = "Silver" } });
        var required = await client.CustomFieldAsync("Text", required: true);
        try
        {
            var missing = await client.PostDeviceAsync(new { name = InventoryApi.Unique("m") }).FieldErrorsAsync();
            var found = await client.GetJsonAsync<Page<DeviceDto>>($"/api/v1/inventory/devices?cf.{level.Key}=gold");
            var unknown = await client.GetAsync("/api/v1/inventory/devices?cf.no-such-field=1");

            Assert.Contains("required", missing["customFields." + required.Key][0]);
            Assert.Equal(gold.Id, Assert.Single(found.Items).Id);
            Assert.True((await unknown.ProblemAsync(HttpStatusCode.BadRequest)).Errors!.ContainsKey("cf.no-such-field"));
        }
        finally
        {
            await client.DeleteAsync($"/api/v1/inventory/custom-fields/{required.Id}");
        }
    }

    [Fact]
    public async Task Another_organization_neither_sees_nor_uses_the_fields()
    {
        var admin = await factory.AdminAsync();
        var field = await admin.Client.CustomFieldAsync("Text");
        var slug = $"client-{Guid.NewGuid():N}"[..20];
        await admin.Client.PostJsonAsync<OrganizationDto>("/api/v1/organizations", new { name = "Client D", slug }, HttpStatusCode.Created);
        var theirs = (await TestUser.LogInAsync(factory, admin.Id, admin.Email, WatchkeeperFactory.AdminPassword, slug)).Client;

        var list = await theirs.GetJsonAsync<Page<CustomFieldDto>>("/api/v1/inventory/custom-fields?itemKind=Device");
        var use = await theirs.PostDeviceAsync(new { name = "d", customFields = new Dictionary<string, string> { [field.Key] = "x" } }).FieldErrorsAsync();

        Assert.DoesNotContain(list.Items, f => f.Id == field.Id);
        Assert.True(use.ContainsKey("customFields." + field.Key));
        Assert.Equal(HttpStatusCode.NotFound, (await theirs.GetAsync($"/api/v1/inventory/custom-fields/{field.Id}")).StatusCode);
    }
}

public sealed class CustomFieldTestsOnSqlite(SqliteFactory f) : CustomFieldTests(f), IClassFixture<SqliteFactory>;

public sealed class CustomFieldTestsOnPostgres(PostgresFactory f) : CustomFieldTests(f), IClassFixture<PostgresFactory>;
