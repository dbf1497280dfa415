using Watchkeeper.Cli.Hosting;

namespace Watchkeeper.Cli.Tests.Unit;

/// <summary>What wk does before it reaches a server: usage errors, missing login, unreachable servers.</summary>
public sealed class UsageTests
{
    [Theory]
    [InlineData("users")]
    [InlineData("users", "list", "--no-such-option")]
    [InlineData("tokens", "revoke", "not-a-number")]
    [InlineData("frobnicate")]
    public async Task Usage_errors_exit_2_and_point_at_help(params string[] args)
    {
        using var wk = new Wk();

        var result = (await wk.RunAsync(args)).Expect(ExitCodes.Usage);

        Assert.Contains("--help", result.Error);
    }

    [Fact]
    public async Task Without_a_login_commands_exit_3()
    {
        using var wk = new Wk();

        var result = (await wk.RunAsync("whoami")).Expect(ExitCodes.NotLoggedIn);

        Assert.Contains("wk login", result.Error);
    }

    [Fact]
    public async Task An_update_with_nothing_to_change_is_a_usage_error()
    {
        using var wk = Unreachable();

        (await wk.RunAsync("users", "update", "7")).Expect(ExitCodes.Usage);
    }

    [Fact]
    public async Task An_unreachable_server_exits_1_with_a_message()
    {
        using var wk = Unreachable();

        var result = (await wk.RunAsync("whoami")).Expect(ExitCodes.Error);

        Assert.Contains("Cannot reach the server", result.Error);
    }

    [Fact]
    public async Task Help_goes_to_the_given_writer_and_exits_0()
    {
        using var wk = new Wk();

        var result = (await wk.RunAsync("users", "--help")).Ok();

        Assert.Contains("end-sessions", result.Output);
    }

    private static Wk Unreachable()
    {
        var wk = new Wk();
        // Port 1 on loopback: nothing listens there, so the connection is refused at once.
        wk.Environment["WK_SERVER"] = "http://127.0.0.1:1";
        wk.Environment["WK_TOKEN"] = "wk_test";
        return wk;
    }
}
