using System.CommandLine;
using Watchkeeper.Cli.Hosting;
using Watchkeeper.Cli.Output;
using Watchkeeper.Contracts;

namespace Watchkeeper.Cli.Commands.Inventory;

public static class EndingCommand
{
    private static readonly Table<EndingEntryDto> Table = new(
        ("End", e => ContractCommands.Date(e.EndDate)), ("Days", e => Format.Number(e.DaysRemaining)), ("What", e => e.Kind.ToString()),
        ("Name", e => e.Name), ("Detail", e => e.Detail), ("Covers", e => Format.List(e.Covers.Select(c => c.Name))));

    public static Command Create(CliContext context)
    {
        var days = new Option<int>("--days") { Description = "Look this many days ahead (1–3650)", DefaultValueFactory = _ => 90 };
        return new Command("ending", "Contracts and warranties ending within a number of days, soonest first").With(days).Runs(context, async (s, ct) =>
            s.Out.List((await s.Client.GetEndingReportAsync(s.Value(days), ct)).Entries, Table));
    }
}
