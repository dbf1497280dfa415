using Watchkeeper.Cli.Hosting;

namespace Watchkeeper.Cli.Tests.EndToEnd;

public abstract partial class CliEndToEndTests
{
    [Fact]
    public async Task Services_enter_the_catalog_and_the_impact_of_what_they_run_on()
    {
        using var admin = Server.AsAdmin();
        string Name(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 9)];
        var (team, payroll, app, host) = (Name("hr"), Name("payroll"), Name("payapp"), Name("host"));
        (await admin.RunAsync("teams", "create", team)).Ok();

        var refused = await admin.RunAsync("inventory", "services", "create", payroll, "--kind", "BusinessService", "--owner-team", team, "--rto", "4 hours");
        var created = (await admin.RunAsync("inventory", "services", "create", payroll, "--kind", "BusinessService", "--owner-team", team,
            "--tier", "1", "--rto", "4h", "--rpo", "15m", "--support-hours", "24x7", "--visible-to-requesters", "true")).Ok();
        (await admin.RunAsync("inventory", "services", "create", app, "--url", "https://pay.example.com")).Ok();
        (await admin.RunAsync("inventory", "devices", "create", host)).Ok();
        (await admin.RunAsync("inventory", "relationships", "create", payroll, "DependsOn", app)).Ok();
        (await admin.RunAsync("inventory", "relationships", "create", app, "RunsOn", host)).Ok();
        (await admin.RunAsync("inventory", "services", "update", payroll, "--rto", "1d2h")).Ok();

        var listed = (await admin.RunAsync("inventory", "services", "list", "--kind", "BusinessService", "--tier", "1", "--visible-to-requesters", "true")).Ok();
        var shown = (await admin.RunAsync("inventory", "services", "show", payroll, "--json")).Ok().Json;
        var catalog = (await admin.RunAsync("inventory", "catalog")).Ok();
        var impact = (await admin.RunAsync("inventory", "impact", "of", host)).Ok();
        var spofs = (await admin.RunAsync("inventory", "impact", "spof")).Ok();

        refused.Expect(ExitCodes.Error);
        Assert.Contains("not a duration", refused.Error);
        Assert.Contains("4h", created.Output);
        Assert.Contains(payroll, listed.Output);
        Assert.Equal(1560, shown.GetProperty("rtoMinutes").GetInt32());
        Assert.Contains(payroll, catalog.Output);
        Assert.Contains("24x7", catalog.Output);
        Assert.Contains("BUSINESS SERVICE", impact.Output);
        Assert.Contains(payroll, impact.Output);
        Assert.Contains(host, spofs.Output);

        (await admin.RunAsync("inventory", "services", "delete", app)).Ok();
        Assert.DoesNotContain(app, (await admin.RunAsync("inventory", "services", "list", "--search", app)).Ok().Output);
    }
}
