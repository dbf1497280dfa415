using System.CommandLine;
using Watchkeeper.Cli.Hosting;
using Watchkeeper.Contracts;
using Watchkeeper.Contracts.Client;

namespace Watchkeeper.Cli.Commands.Monitoring;

/// <summary>Planning and changing maintenance windows.</summary>
public static class MaintenanceDefinitionCommands
{
    public static Command Create(CliContext context)
    {
        var name = new Argument<string>("name") { Description = "Window name, unique in the organization" };
        var fields = new MaintenanceFields();
        return new Command("create", "Plan a window: --starts/--ends once, or --cron and --duration recurring; cover --check, --item or --tag")
            .With([name, .. fields.All]).Runs(context, async (s, ct) =>
            {
                var request = await fields.ApplyAsync(s, new MaintenanceWindowRequest(s.Value(name)), TimeProvider.System.GetUtcNow(), ct);
                MaintenanceOutput.Print(s, await s.Client.CreateMaintenanceWindowAsync(request, cancellationToken: ct));
            });
    }

    public static Command Update(CliContext context)
    {
        var window = MaintenanceCommands.WindowArgument();
        var name = new Option<string?>("--name") { Description = "New name" };
        var fields = new MaintenanceFields();
        var version = Options.IfVersion();
        var command = new Command("update", "Change a window; options not given keep their value, --check, --item and --tag replace their list")
            .With([window, name, .. fields.All, version]);
        command.Aliases.Add("edit");
        return command.Runs(context, async (s, ct) =>
        {
            var current = await MaintenanceLookup.GetAsync(s, s.Value(window), ct);
            var request = await fields.ApplyAsync(s, current.ToRequest() with { Name = s.Value(name) ?? current.Name }, TimeProvider.System.GetUtcNow(), ct);
            MaintenanceOutput.Print(s, await s.Client.UpdateMaintenanceWindowAsync(current.Id, request, Options.IfMatch(s, version) ?? ETag.Of(current.Version), ct));
        });
    }
}
