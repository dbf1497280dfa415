using System.CommandLine;
using Watchkeeper.Cli.Hosting;

namespace Watchkeeper.Cli.Commands.Monitoring;

public static class MaintenanceCommands
{
    public static Command Create(CliContext context) =>
        new Command("maintenance", "Maintenance windows: times when the checks they cover run and record, but raise nothing").With(
            List(context), Show(context), MaintenanceDefinitionCommands.Create(context), MaintenanceDefinitionCommands.Update(context), Delete(context),
            Occurrences(context));

    public static Argument<string> WindowArgument() => new("window") { Description = "Maintenance window id or name" };

    private static Command List(CliContext context)
    {
        var command = new Command("list", "List maintenance windows with where each stands now; --search matches the name and the reason");
        var paging = new ListOptions(command, "name", searchable: true);
        return command.Runs(context, async (s, ct) =>
            s.Out.List(await paging.FetchAsync(s, (q, c) => s.Client.ListMaintenanceWindowsAsync(q, c), ct), MaintenanceOutput.Windows));
    }

    private static Command Show(CliContext context)
    {
        var window = WindowArgument();
        var occurrences = new Option<int>("--occurrences") { Description = "How many next occurrences to show, 1–100 (default 5)", DefaultValueFactory = _ => 5 };
        return new Command("show", "Show a maintenance window: when, what it covers, the checks it covers now and its next occurrences").With(window, occurrences)
            .Runs(context, async (s, ct) =>
            {
                var found = await MaintenanceLookup.GetAsync(s, s.Value(window), ct);
                if (s.Out.Json)
                {
                    s.Out.WriteJson(found);
                    return;
                }
                var covered = await s.Client.ListMaintenanceChecksAsync(found.Id, ct);
                var next = await s.Client.ListMaintenanceOccurrencesAsync(found.Id, s.Value(occurrences), ct);
                MaintenanceOutput.Print(s, found);
                s.Out.Line("");
                s.Out.Line("Checks it covers now:");
                s.Out.List(covered, MaintenanceOutput.Checks);
                s.Out.Line("");
                s.Out.Line("Next occurrences:");
                s.Out.List(next, MaintenanceOutput.Occurrences(found.TimeZone));
            });
    }

    private static Command Delete(CliContext context)
    {
        var window = WindowArgument();
        return new Command("delete", "Delete a maintenance window; one in force ends, and its checks leave maintenance within seconds").With(window)
            .Runs(context, async (s, ct) =>
            {
                await s.Client.DeleteMaintenanceWindowAsync(await MaintenanceLookup.WindowAsync(s.Client, s.Value(window), ct), ct);
                s.Out.Done($"Maintenance window {s.Value(window)} deleted.");
            });
    }

    /// <summary>The next stretches, to see that a cron expression in a time zone means what was meant.</summary>
    private static Command Occurrences(CliContext context)
    {
        var window = WindowArgument();
        var count = new Option<int?>("--count") { Description = "How many, 1–100 (default 10)" };
        return new Command("occurrences", "A window's next occurrences from now, the one in force first, in UTC and in its time zone").With(window, count)
            .Runs(context, async (s, ct) =>
            {
                var found = await MaintenanceLookup.GetAsync(s, s.Value(window), ct);
                s.Out.List(await s.Client.ListMaintenanceOccurrencesAsync(found.Id, s.Value(count), ct), MaintenanceOutput.Occurrences(found.TimeZone));
            });
    }
}
