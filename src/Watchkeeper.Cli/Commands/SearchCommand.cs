using System.CommandLine;
using Watchkeeper.Cli.Hosting;
using Watchkeeper.Cli.Output;
using Watchkeeper.Contracts;

namespace Watchkeeper.Cli.Commands;

public static class SearchCommand
{
    private static readonly Table<SearchHitDto> Hits = new(
        ("Id", h => Format.Number(h.Item.Id)), ("Name", h => h.Item.Name), ("Kind", h => h.Item.Kind.ToString()),
        ("Matched", h => $"{h.Field}: {h.Value}"), ("Match", h => h.Match.ToString()));

    public static Command Create(CliContext context)
    {
        var text = new Argument<string[]>("text") { Description = "Name, IP, serial, asset tag, hostname, FQDN or tag (tag:web for tags only)", Arity = ArgumentArity.OneOrMore };
        var limit = new Option<int?>("--limit") { Description = "At most this many hits (1–100, default 20)" };
        return new Command("search", "Find configuration items by name, address, serial, asset tag, hostname or tag").With(text, limit)
            .Runs(context, async (s, ct) => s.Out.List(await s.Client.SearchAsync(string.Join(' ', s.Value(text)), s.Value(limit), ct), Hits));
    }
}
