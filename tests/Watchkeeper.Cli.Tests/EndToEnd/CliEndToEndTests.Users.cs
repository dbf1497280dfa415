using System.Text.Json;
using Watchkeeper.Cli.Hosting;

namespace Watchkeeper.Cli.Tests.EndToEnd;

public abstract partial class CliEndToEndTests
{
    [Fact]
    public async Task Users_are_created_listed_and_updated()
    {
        using var admin = Server.AsAdmin();
        var email = NewEmail("grace");

        var created = (await admin.RunAsync("users", "create", email, "--name", "Grace", "--role", "Viewer", "--password", Password)).Ok();
        Assert.Contains(email, created.Output);

        var listed = (await admin.RunAsync("users", "list", "--search", email)).Ok();
        var lines = listed.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("ID", lines[0]);
        Assert.Contains(lines, l => l.Contains(email, StringComparison.Ordinal) && l.Contains("Viewer", StringComparison.Ordinal));

        (await admin.RunAsync("users", "update", email, "--role", "IT Operator", "--name", "Grace H")).Ok();
        var user = (await admin.RunAsync("users", "get", email, "--json")).Ok().Json;
        Assert.Equal("IT Operator", user.GetProperty("role").GetProperty("name").GetString());
        Assert.Equal("Grace H", user.GetProperty("displayName").GetString());

        (await admin.RunAsync("users", "disable", email)).Ok();
        var disabled = (await admin.RunAsync("users", "list", "--disabled", "--json")).Ok().Json.GetProperty("items");
        Assert.Contains(disabled.EnumerateArray(), u => u.GetProperty("email").GetString() == email);
    }

    [Fact]
    public async Task A_validation_error_lists_the_field_messages_and_exits_1()
    {
        using var admin = Server.AsAdmin();

        var result = (await admin.RunAsync("users", "create", "not-an-email", "--name", "X", "--role", "Viewer", "--password", "short")).Expect(ExitCodes.Error);

        Assert.Contains("email:", result.Error);
        Assert.Contains("password:", result.Error);
        var json = (await admin.RunAsync("users", "create", "not-an-email", "--name", "X", "--role", "Viewer", "--password", "short", "--json")).Expect(ExitCodes.Error);
        var problem = JsonDocument.Parse(json.Error).RootElement;
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.True(problem.GetProperty("errors").TryGetProperty("password", out _));
    }

    [Fact]
    public async Task A_user_without_the_permission_gets_exit_code_4()
    {
        var viewer = await CreateUserAsync("Viewer");
        using var wk = await LoginAsync(viewer);

        (await wk.RunAsync("users", "list")).Ok();
        var denied = (await wk.RunAsync("users", "create", NewEmail(), "--name", "X", "--role", "1", "--password", Password)).Expect(ExitCodes.Forbidden);

        Assert.Contains("Permission denied", denied.Error);
    }

    [Fact]
    public async Task Teams_take_members_by_email()
    {
        var member = await CreateUserAsync();
        using var admin = Server.AsAdmin();
        var name = $"Network {Guid.NewGuid():N}"[..16];

        (await admin.RunAsync("teams", "create", name, "--lead", member, "--member", CliServer.AdminEmail, "--description", "Routers")).Ok();
        var team = (await admin.RunAsync("teams", "get", name, "--json")).Ok().Json;
        Assert.Equal(member, team.GetProperty("lead").GetProperty("email").GetString());
        Assert.Equal(2, team.GetProperty("members").GetArrayLength());

        (await admin.RunAsync("teams", "update", name, "--remove-member", member, "--lead", "none")).Ok();
        Assert.Equal(1, (await admin.RunAsync("teams", "get", name, "--json")).Ok().Json.GetProperty("members").GetArrayLength());
        (await admin.RunAsync("teams", "update", name, "--name", name, "--if-version", "0")).Expect(ExitCodes.Error);
    }
}
