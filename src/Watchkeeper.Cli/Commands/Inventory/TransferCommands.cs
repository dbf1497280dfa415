using System.CommandLine;
using System.Text;
using Watchkeeper.Cli.Hosting;
using Watchkeeper.Contracts;

namespace Watchkeeper.Cli.Commands.Inventory;

/// <summary><c>wk inventory import</c> and <c>wk inventory export</c>: files in the API's format, round-tripping.</summary>
public static class TransferCommands
{
    public static Command Import(CliContext context)
    {
        var file = new Argument<FileInfo>("file") { Description = "The CSV or JSON file" };
        var type = TypeOption();
        var format = FormatOption("The file's format (default: from the file name, else csv)");
        var dryRun = new Option<bool>("--dry-run") { Description = "Show what would change and write nothing" };
        var partial = new Option<bool>("--partial") { Description = "Write the good rows even when others have errors" };
        return new Command("import", "Create or update objects of one type from a file, matched by natural key; all or nothing unless --partial")
            .With(file, type, format, dryRun, partial).Runs(context, async (s, ct) =>
            {
                var path = s.Value(file);
                await using var stream = path.OpenRead();
                var fileFormat = s.Value(format) ?? (path.Extension.Equals(".json", StringComparison.OrdinalIgnoreCase) ? "json" : "csv");
                var result = await s.Client.ImportInventoryAsync(s.Value(type)!, fileFormat, stream, s.Value(dryRun), s.Value(partial), ct);
                Print(s, result);
                if (result.Failed > 0)
                {
                    throw new CliException($"{result.Failed} row(s) have errors" + (result.Committed ? "; the other rows were written." : "; nothing was written."));
                }
            });
    }

    public static Command Export(CliContext context)
    {
        var type = TypeOption();
        var format = FormatOption("csv (default) or json");
        var filters = Options.Many("--filter", "A list filter as key=value, e.g. siteId=3, kind=Router, tag=prod, cf.owner=ops");
        return new Command("export", "Write every object of one type (or those the filters match) to standard output, as import reads it")
            .With(type, format, filters).Runs(context, async (s, ct) =>
            {
                var pairs = Options.Values(s, filters).Select(Pair).ToList();
                using var buffer = new MemoryStream();
                await s.Client.ExportInventoryAsync(s.Value(type)!, s.Value(format) ?? "csv", pairs, buffer, ct);
                s.Out.Line(Encoding.UTF8.GetString(buffer.ToArray()).TrimEnd('\r', '\n'));
            });
    }

    private static void Print(Session s, ImportResultDto result)
    {
        if (s.Out.Json)
        {
            s.Out.WriteJson(result);
            return;
        }
        var state = result.DryRun ? "dry run, nothing written" : result.Committed ? "written" : "rolled back, nothing written";
        s.Out.Line($"{result.Type}: {result.Created} to create, {result.Updated} to update, {result.Unchanged} unchanged, {result.Failed} with errors ({state})");
        foreach (var change in result.Changes)
        {
            var fields = change.Fields.Count > 0 ? $" ({string.Join(", ", change.Fields)})" : "";
            s.Out.Line($"line {change.Line}: {change.Action.ToString().ToLowerInvariant()} {change.Key}{fields}");
        }
        foreach (var error in result.Errors)
        {
            s.Out.Error.WriteLine($"line {error.Line}: {(error.Field.Length > 0 ? error.Field + ": " : "")}{error.Message}");
        }
    }

    private static KeyValuePair<string, string> Pair(string filter)
    {
        var at = filter.IndexOf('=', StringComparison.Ordinal);
        return at > 0 ? new(filter[..at], filter[(at + 1)..]) : throw CliException.Usage($"'{filter}' is not a filter: use key=value.");
    }

    private static Option<string> TypeOption() => new("--type")
    {
        Description = "The inventory type: sites, locations, racks, device-types, devices, power-panels, power-feeds, power-connections, vrfs, prefixes, ip-addresses, vlan-groups, vlans, vendors, contracts, services, interfaces, cables, redundancy-groups, relationships",
        Required = true,
    };

    private static Option<string?> FormatOption(string description) => new Option<string?>("--format") { Description = description }.AcceptOnlyFromAmong("csv", "json");
}
