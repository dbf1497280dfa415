using System.CommandLine;
using Watchkeeper.Cli.Hosting;
using Watchkeeper.Cli.Output;
using Watchkeeper.Contracts;

namespace Watchkeeper.Cli.Commands;

/// <summary>Saved views are made in the web UI's list pages; here they are listed and tidied up.</summary>
public static class ViewCommands
{
    private static readonly Table<SavedViewDto> Table = new(
        ("Id", v => Format.Number(v.Id)), ("Name", v => v.Name), ("Owner", v => v.Owner.Email), ("Shared", v => Format.YesNo(v.Shared)),
        ("Default", v => Format.YesNo(v.Default)), ("Filters", v => v.Query), ("Columns", v => Format.List(v.Columns)), ("Sort", v => v.Sort));

    public static Command Create(CliContext context) =>
        new Command("views", "Saved views of the list pages: yours and those shared in the organization").With(List(context), Delete(context));

    private static Command List(CliContext context)
    {
        var page = new Option<string>("--page") { Description = "List page, such as devices, services, sites, prefixes", Required = true };
        return new Command("list", "List the saved views of a page").With(page).Runs(context, async (s, ct) =>
            s.Out.List(await s.Client.ListViewsAsync(s.Value(page)!, ct), Table));
    }

    private static Command Delete(CliContext context)
    {
        var id = new Argument<long>("id") { Description = "View id (see 'wk views list')" };
        return new Command("delete", "Delete one of your saved views").With(id).Runs(context, async (s, ct) =>
        {
            await s.Client.DeleteViewAsync(s.Value(id), ct);
            s.Out.Done($"View {Format.Number(s.Value(id))} deleted.");
        });
    }
}
