using Watchkeeper.Cli.Hosting;

namespace Watchkeeper.Cli.Tests.EndToEnd;

public abstract partial class CliEndToEndTests
{
    [Fact]
    public async Task A_token_works_until_it_is_revoked_then_exits_3()
    {
        using var admin = Server.AsAdmin();
        var created = (await admin.RunAsync("tokens", "create", "ci", "--permission", "platform.users.read", "--json")).Ok();
        Assert.Contains("cannot be shown again", created.Error);
        var secret = created.Json.GetProperty("secret").GetString()!;
        var id = created.Json.GetProperty("token").GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var ci = CliServer.Anonymous();
        ci.Environment["WK_SERVER"] = Server.Url;
        ci.Environment["WK_TOKEN"] = secret;
        (await ci.RunAsync("users", "list")).Ok();
        (await ci.RunAsync("teams", "list")).Expect(ExitCodes.Forbidden);

        var listed = (await admin.RunAsync("tokens", "list")).Ok();
        Assert.Contains(listed.Output.Split('\n'), l => l.StartsWith(id + " ", StringComparison.Ordinal) && l.Contains("ci", StringComparison.Ordinal));
        (await admin.RunAsync("tokens", "revoke", id)).Ok();

        (await ci.RunAsync("users", "list")).Expect(ExitCodes.NotLoggedIn);
        var withRevoked = (await admin.RunAsync("tokens", "list", "--include-revoked", "--json")).Ok().Json.GetProperty("items");
        Assert.Contains(withRevoked.EnumerateArray(), t => t.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture) == id
            && t.GetProperty("revokedAt").ValueKind != System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task The_audit_log_lists_what_wk_did_and_its_chain_verifies()
    {
        await CreateUserAsync();
        using var admin = Server.AsAdmin();

        var entries = (await admin.RunAsync("audit", "list", "--action", "user.*", "--all", "--json")).Ok().Json.GetProperty("items");
        Assert.Contains(entries.EnumerateArray(), e => e.GetProperty("action").GetString() == "user.created");
        var paged = (await admin.RunAsync("audit", "list", "--limit", "2")).Ok();
        Assert.Contains("--cursor", paged.Error);
        var all = (await admin.RunAsync("audit", "list", "--limit", "2", "--all")).Ok();
        Assert.True(all.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length > 3);
        Assert.DoesNotContain("--cursor", all.Error);

        var verify = (await admin.RunAsync("audit", "verify")).Ok();
        Assert.Contains("yes", verify.Output);
        Assert.True((await admin.RunAsync("audit", "verify", "--json")).Ok().Json.GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task Roles_orgs_and_events_answer()
    {
        using var admin = Server.AsAdmin();
        var name = $"Auditor {Guid.NewGuid():N}"[..16];

        (await admin.RunAsync("roles", "create", name, "--permission", "platform.audit.read,platform.users.read")).Ok();
        var updated = (await admin.RunAsync("roles", "update", name, "--add-permission", "platform.teams.read", "--remove-permission", "platform.users.read", "--json")).Ok().Json;
        Assert.Equal(["platform.audit.read", "platform.teams.read"], updated.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()).Order());
        (await admin.RunAsync("roles", "delete", name)).Ok();
        Assert.Contains("platform.users.read", (await admin.RunAsync("roles", "permissions")).Ok().Output);
        Assert.Contains("default", (await admin.RunAsync("orgs", "list")).Ok().Output);
        (await admin.RunAsync("events", "list", "--failed")).Ok();
    }
}
