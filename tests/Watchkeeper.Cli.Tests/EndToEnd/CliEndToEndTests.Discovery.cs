using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Watchkeeper.Cli.Tests.EndToEnd;

public abstract partial class CliEndToEndTests
{
    [Fact]
    public async Task A_discovery_job_runs_with_progress_and_its_finding_is_accepted()
    {
        using var admin = Server.AsAdmin();
        using var ssh = new TcpListener(IPAddress.Loopback, 0);
        ssh.Start();
        var greeter = GreetAsync(ssh);
        var name = $"sweep-{Guid.NewGuid():N}"[..14];
        var port = ((IPEndPoint)ssh.LocalEndpoint).Port.ToString(CultureInfo.InvariantCulture);

        var created = (await admin.RunAsync("inventory", "discovery", "jobs", "create", name, "--prefix", "127.0.0.1", "--port", port, "--json")).Ok();
        var id = created.Json.GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture);
        var run = (await admin.RunAsync("inventory", "discovery", "run", id, "--wait")).Ok();
        var runs = (await admin.RunAsync("inventory", "discovery", "runs", id)).Ok();
        var findings = (await admin.RunAsync("inventory", "discovery", "findings", "--job", id)).Ok();
        var findingId = (await admin.RunAsync("inventory", "discovery", "findings", "--job", id, "--json")).Ok()
            .Json.GetProperty("items")[0].GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture);
        var accepted = (await admin.RunAsync("inventory", "discovery", "accept", findingId)).Ok();
        var refused = await admin.RunAsync("inventory", "discovery", "jobs", "create", "bad", "--prefix", "224.0.0.0/24");
        ssh.Stop();
        await greeter;

        Assert.Contains("Succeeded", run.Output);
        Assert.Contains("probed", run.Error);
        Assert.Contains("Succeeded", runs.Output);
        Assert.Contains("127.0.0.1", findings.Output);
        Assert.Contains("accepted", accepted.Output);
        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("multicast", refused.Error);
    }

    private static async Task GreetAsync(TcpListener listener)
    {
        while (true)
        {
            try
            {
                using var client = await listener.AcceptTcpClientAsync();
                await client.GetStream().WriteAsync(Encoding.ASCII.GetBytes("SSH-2.0-Watchkeeper_test\r\n"));
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException or IOException)
            {
                return;
            }
        }
    }
}
