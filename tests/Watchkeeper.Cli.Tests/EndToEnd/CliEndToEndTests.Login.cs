using Watchkeeper.Cli.Hosting;

namespace Watchkeeper.Cli.Tests.EndToEnd;

public abstract partial class CliEndToEndTests
{
    [Fact]
    public async Task Login_prompts_for_the_password_and_remembers_the_server_and_token()
    {
        using var wk = CliServer.Anonymous();
        wk.Answers.Enqueue(CliServer.AdminEmail);
        wk.Answers.Enqueue(CliServer.AdminPassword);

        var login = (await wk.RunAsync("login", Server.Url)).Ok();

        Assert.Contains("Logged in", login.Output);
        var config = await File.ReadAllTextAsync(wk.ConfigPath);
        Assert.Contains("\"token\": \"wk_", config);
        Assert.Contains("\"organization\": \"default\"", config);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(wk.ConfigPath));
        }
        var whoami = (await wk.RunAsync("whoami")).Ok();
        Assert.Contains("Ada Admin", whoami.Output);
        Assert.Contains("Administrator", whoami.Output);
        Assert.Equal(CliServer.AdminEmail, (await wk.RunAsync("whoami", "--json")).Ok().Json.GetProperty("email").GetString());
    }

    [Fact]
    public async Task Login_with_an_existing_token_and_logout_revokes_it()
    {
        using var admin = Server.AsAdmin();
        var secret = (await admin.RunAsync("tokens", "create", "laptop")).Ok().Output.Trim();
        using var wk = CliServer.Anonymous();
        (await wk.RunAsync("login", Server.Url, "--token", secret)).Ok();
        (await wk.RunAsync("whoami")).Ok();

        var logout = (await wk.RunAsync("logout")).Ok();

        Assert.Contains("Logged out", logout.Output);
        Assert.DoesNotContain("wk_", await File.ReadAllTextAsync(wk.ConfigPath));
        (await wk.RunAsync("whoami")).Expect(ExitCodes.NotLoggedIn);
        var revoked = (await wk.RunAsync("whoami", "--server", Server.Url, "--token", secret)).Expect(ExitCodes.NotLoggedIn);
        Assert.Contains("401", revoked.Error);
    }

    [Fact]
    public async Task A_wrong_password_exits_3_with_the_servers_message()
    {
        using var wk = CliServer.Anonymous();

        var result = (await wk.RunAsync("login", Server.Url, "--email", CliServer.AdminEmail, "--password", "not the password")).Expect(ExitCodes.NotLoggedIn);

        Assert.Contains("Login failed", result.Error);
        Assert.False(File.Exists(wk.ConfigPath));
    }

    [Fact]
    public async Task Api_calls_any_endpoint_with_the_saved_login()
    {
        using var wk = await LoginAsync(CliServer.AdminEmail, CliServer.AdminPassword);

        var me = (await wk.RunAsync("api", "GET", "/api/v1/me")).Ok();

        Assert.Equal(CliServer.AdminEmail, me.Json.GetProperty("email").GetString());
        var invalid = (await wk.RunAsync("api", "POST", "/api/v1/teams", "--data", "{\"name\": \"\"}")).Expect(ExitCodes.Error);
        Assert.Contains("name:", invalid.Error);
        (await wk.RunAsync("api", "POST", "/api/v1/teams", "--data", "{not json")).Expect(ExitCodes.Usage);
    }
}
