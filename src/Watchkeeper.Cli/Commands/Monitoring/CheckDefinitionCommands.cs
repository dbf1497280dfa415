using System.CommandLine;
using Watchkeeper.Cli.Hosting;
using Watchkeeper.Contracts;
using Watchkeeper.Contracts.Client;

namespace Watchkeeper.Cli.Commands.Monitoring;

/// <summary>Creating, changing and trying out checks; <c>create</c> and <c>test</c> have one subcommand per kind.</summary>
public static class CheckDefinitionCommands
{
    // The server validates the name of every request; a test run is never saved, so any name does.
    private const string TestRunName = "wk test run";

    public static Command Create(CliContext context) =>
        new Command("create", "Create a check of a kind; it runs at once unless --paused").With([.. CheckKinds.Create().Select(kind => CreateKind(context, kind))]);

    public static Command Test(CliContext context) =>
        new Command("test", "Run a check once as given, saving nothing; exits 1 unless the result is Up").With([.. CheckKinds.Create().Where(kind => kind.Testable).Select(kind => TestKind(context, kind))]);

    public static Command Update(CliContext context)
    {
        var check = CheckCommands.CheckArgument();
        var name = new Option<string?>("--name") { Description = "New name" };
        var fields = new CheckFields();
        var version = Options.IfVersion();
        var command = new Command("update", "Change a check's name, item or schedule; options not given keep their value").With([check, name, .. fields.All, version]);
        command.Aliases.Add("edit");
        return command.Runs(context, async (s, ct) =>
        {
            var current = await CheckLookup.GetAsync(s, s.Value(check), ct);
            var request = await fields.ApplyAsync(s, current.ToRequest() with { Name = s.Value(name) ?? current.Name }, ct);
            CheckOutput.Print(s, await s.Client.UpdateCheckAsync(current.Id, request, Options.IfMatch(s, version) ?? ETag.Of(current.Version), ct));
        });
    }

    private static Command CreateKind(CliContext context, CheckKindOptions kind)
    {
        var name = new Argument<string>("name") { Description = "Check name, unique in the organization" };
        var fields = new CheckFields();
        var paused = new Option<bool>("--paused") { Description = "Create it paused: it is not run until resumed" };
        return new Command(kind.Name, kind.Description).With([name, .. kind.All, .. fields.All, paused]).Runs(context, async (s, ct) =>
        {
            var request = await fields.ApplyAsync(s, kind.Apply(s, new CheckRequest(s.Value(name), kind.Kind, Paused: s.Value(paused))), ct);
            var created = await s.Client.CreateCheckAsync(request, cancellationToken: ct);
            CheckOutput.Print(s, created, heartbeat: await CheckOutput.HeartbeatOfAsync(s, created, ct));
        });
    }

    private static Command TestKind(CliContext context, CheckKindOptions kind)
    {
        var timeout = CheckFields.Timeout();
        return new Command(kind.Name, kind.Description).With([.. kind.All, timeout]).Runs(context, async (s, ct) =>
        {
            var run = await s.Client.TestCheckAsync(kind.Apply(s, new CheckRequest(TestRunName, kind.Kind, TimeoutSeconds: s.Value(timeout))), ct);
            CheckOutput.Print(s, run);
            if (run.Result != CheckState.Up)
            {
                throw new CliException($"The test run found {run.Result}, not Up.");
            }
        });
    }
}
