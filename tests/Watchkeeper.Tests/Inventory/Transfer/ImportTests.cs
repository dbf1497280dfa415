using System.Net;
using Watchkeeper.Contracts;
using Watchkeeper.Tests.Infrastructure;
using Watchkeeper.Tests.Inventory.Network;

namespace Watchkeeper.Tests.Inventory.Transfer;

public abstract class ImportTests(WatchkeeperFactory factory)
{
    [Fact]
    public async Task A_dry_run_lists_creates_and_updates_and_writes_nothing()
    {
        var client = await factory.NewOrganizationAsync();
        await client.SiteAsync("Berlin");

        var result = await client.ImportAsync("sites", "name,timeZone\nBerlin,Europe/Paris\nParis,Europe/Paris\n", "&dryRun=true");

        Assert.False(result.Committed);
        Assert.Equal((1, 1, 0), (result.Created, result.Updated, result.Unchanged));
        var update = result.Changes[0];
        Assert.Equal((2, "Berlin", ImportAction.Update, "timeZone"), (update.Line, update.Key, update.Action, Assert.Single(update.Fields)));
        Assert.Equal(["Berlin"], (await client.GetJsonAsync<Page<SiteDto>>("/api/v1/inventory/sites")).Items.Select(s => s.Name));
        Assert.Equal("Europe/Berlin", (await client.GetJsonAsync<Page<SiteDto>>("/api/v1/inventory/sites")).Items[0].TimeZone);
    }

    [Fact]
    public async Task Row_errors_name_the_physical_line_and_roll_everything_back()
    {
        var client = await factory.NewOrganizationAsync();
        const string file = "name,timeZone,description\nGood,UTC,\"two\nlines\"\nBad,Mars/Olympus,\nAlso good,UTC,\n";

        var result = await client.RolledBackAsync("sites", file);

        var error = Assert.Single(result.Errors);
        Assert.Equal((4, "Bad", "timeZone"), (error.Line, error.Key, error.Field));
        Assert.Contains("IANA", error.Message);
        Assert.Empty((await client.GetJsonAsync<Page<SiteDto>>("/api/v1/inventory/sites")).Items);
    }

    [Fact]
    public async Task A_partial_import_commits_the_good_rows()
    {
        var client = await factory.NewOrganizationAsync();

        var result = await client.ImportAsync("sites", "name,timeZone\nGood,UTC\nBad,Nowhere\n", "&partial=true");

        Assert.True(result.Committed);
        Assert.Equal((1, 1), (result.Created, result.Failed));
        Assert.Equal(["Good"], (await client.GetJsonAsync<Page<SiteDto>>("/api/v1/inventory/sites")).Items.Select(s => s.Name));
    }

    [Fact]
    public async Task A_key_repeated_in_one_file_is_a_row_error()
    {
        var client = await factory.NewOrganizationAsync();

        var result = await client.RolledBackAsync("sites", "name\nOslo\nLima\nOslo\n");

        var error = Assert.Single(result.Errors);
        Assert.Equal((4, "name"), (error.Line, error.Field));
        Assert.Contains("line 2", error.Message);
    }

    [Fact]
    public async Task References_are_natural_keys_of_the_callers_organization_only()
    {
        var client = await factory.NewOrganizationAsync();
        var other = await factory.NewOrganizationAsync();
        var site = await client.SiteAsync();
        var rack = await client.RackAsync(site.Id);
        var type = await client.DeviceTypeAsync(heightU: 2);
        var theirs = await other.SiteAsync();
        var typeName = $"{type.Manufacturer} {type.Model}";

        var file = $"name,site,rack,deviceType,position\nweb-1,{site.Name},{rack.Name},{typeName},10\nweb-2,{theirs.Name},,,\n";
        var refused = await client.RolledBackAsync("devices", file);
        var imported = await client.ImportAsync("devices", $"name,site,rack,deviceType,position\nweb-1,{site.Name},{rack.Name},{typeName},10\n");

        var error = Assert.Single(refused.Errors);
        Assert.Equal((3, "site"), (error.Line, error.Field));
        Assert.Contains("No site named", error.Message);
        Assert.Equal(1, imported.Created);
        var device = Assert.Single((await client.GetJsonAsync<Page<DeviceDto>>("/api/v1/inventory/devices")).Items);
        Assert.Equal((rack.Id, 10, type.Id), (device.Rack?.Id, device.Position, device.DeviceType?.Id));
    }

    [Fact]
    public async Task Tags_and_custom_fields_are_columns()
    {
        var client = await factory.NewOrganizationAsync();
        await client.PostJsonAsync<CustomFieldDto>("/api/v1/inventory/custom-fields", new { itemKind = "Device", key = "unit-cost", label = "Cost", kind = "Number" }, HttpStatusCode.Created);

        var bad = await client.RolledBackAsync("devices", "name,tags,cf.unit-cost\ndb-1,\"Prod, Linux\",lots\n");
        var good = await client.ImportAsync("devices", "name,tags,cf.unit-cost\ndb-1,\"Prod, Linux\",12.5\n");

        Assert.Equal(("cf.unit-cost", 2), (bad.Errors[0].Field, bad.Errors[0].Line));
        Assert.Equal(1, good.Created);
        var device = Assert.Single((await client.GetJsonAsync<Page<DeviceDto>>("/api/v1/inventory/devices")).Items);
        Assert.Equal(["linux", "prod"], device.Tags);
        Assert.Equal("12.5", device.CustomFields!["unit-cost"]);
    }

    [Fact]
    public async Task Cables_and_relationships_import_by_interface_and_item_names()
    {
        var client = await factory.NewOrganizationAsync();
        var (sw, web, db) = (await client.DeviceAsync(new { name = "sw-1", kind = "Switch" }), await client.DeviceAsync(new { name = "web-1" }), await client.DeviceAsync(new { name = "db-1" }));
        await client.InterfaceAsync(sw.Id, "ge-0/0/1");
        await client.InterfaceAsync(sw.Id, "ge-0/0/2");
        await client.InterfaceAsync(web.Id, "eth0");
        await client.InterfaceAsync(db.Id, "eth0");

        var refused = await client.RolledBackAsync("cables", "aDevice,aInterface,bDevice,bInterface,type\nsw-1,ge-0/0/1,web-1,eth0,Cat6\nsw-1,ge-0/0/2,web-1,eth0,Cat6\nsw-1,ge-0/0/9,db-1,eth0,Cat6\n");
        var cables = await client.ImportAsync("cables", "aDevice,aInterface,bDevice,bInterface,label\nsw-1,ge-0/0/1,web-1,eth0,C-1\nsw-1,ge-0/0/2,db-1,eth0,C-2\n");
        var relationships = await client.ImportAsync("relationships", "source,type,target\nweb-1,DependsOn,db-1\nweb-1,ConnectedTo,sw-1\n", "&partial=true");

        Assert.Equal([(3, "bInterface"), (4, "aInterface")], refused.Errors.Select(e => (e.Line, e.Field)));
        Assert.Contains("already has a cable", refused.Errors[0].Message);
        Assert.Contains("No interface named 'ge-0/0/9' in 'sw-1'", refused.Errors[1].Message);
        Assert.Equal(2, cables.Created);
        Assert.Equal((1, 1), (relationships.Created, relationships.Failed));
        Assert.Equal((3, "type"), (relationships.Errors[0].Line, relationships.Errors[0].Field));
        var web1 = await client.GetJsonAsync<Page<RelationshipDto>>($"/api/v1/inventory/relationships?itemId={web.Id}&direction=Outgoing");
        Assert.Equal("db-1", Assert.Single(web1.Items, r => r.Type == RelationshipType.DependsOn).Target.Name);
    }

    [Fact]
    public async Task Unknown_or_missing_columns_are_a_problem_before_any_row()
    {
        var client = await factory.NewOrganizationAsync();

        var unknown = await client.SendImportAsync("sites", "name,colour,size\nA,red,2\n").FieldErrorsAsync();
        var missing = await client.SendImportAsync("sites", "timeZone\nUTC\n").FieldErrorsAsync();
        var badType = await client.SendImportAsync("spaceships", "name\nA\n").FieldErrorsAsync();

        Assert.Contains("colour, size", unknown["columns"][0]);
        Assert.Contains("name", missing["columns"][0]);
        Assert.Contains("devices", badType["type"][0]);
    }

    [Fact]
    public async Task Viewers_cannot_import()
    {
        var viewer = await factory.UserWithRoleAsync("Viewer");

        var response = await viewer.Client.SendImportAsync("sites", "name\nA\n");

        await response.ProblemAsync(HttpStatusCode.Forbidden);
    }
}

public sealed class ImportTestsOnSqlite(SqliteFactory factory) : ImportTests(factory), IClassFixture<SqliteFactory>;

public sealed class ImportTestsOnPostgres(PostgresFactory factory) : ImportTests(factory), IClassFixture<PostgresFactory>;
