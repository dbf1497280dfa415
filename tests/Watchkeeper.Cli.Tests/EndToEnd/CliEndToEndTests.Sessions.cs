using System.Net;
using Watchkeeper.Cli.Hosting;
using Watchkeeper.Testing;

namespace Watchkeeper.Cli.Tests.EndToEnd;

public abstract partial class CliEndToEndTests
{
    [Fact]
    public async Task A_browser_session_is_listed_and_signed_out_from_the_shell()
    {
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = new Uri(Server.Url) };
        Assert.True(await LoginForm.SignInAsync(browser, CliServer.AdminEmail, CliServer.AdminPassword));
        using var admin = Server.AsAdmin();

        var sessions = (await admin.RunAsync("sessions", "list", "--json")).Ok().Json.GetProperty("items");
        var id = Assert.Single(sessions.EnumerateArray()).GetProperty("id").GetString()!;
        (await admin.RunAsync("sessions", "end")).Expect(ExitCodes.Usage);
        (await admin.RunAsync("sessions", "end", id)).Ok();

        Assert.DoesNotContain(id, (await admin.RunAsync("sessions", "list")).Ok().Output);
        using var afterwards = await browser.GetAsync("/api/v1/me");
        Assert.Equal(HttpStatusCode.Unauthorized, afterwards.StatusCode);
        (await admin.RunAsync("sessions", "end", Guid.NewGuid().ToString())).Expect(ExitCodes.Error);
    }
}
