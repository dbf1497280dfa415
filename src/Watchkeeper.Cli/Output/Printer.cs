using System.Text.Json;
using Watchkeeper.Contracts;
using Watchkeeper.Contracts.Client;

namespace Watchkeeper.Cli.Output;

/// <summary>
/// Writes results either for people (tables, key/value lines, short messages) or, with
/// <c>--json</c>, as the API's own JSON so scripts read the documented shapes.
/// </summary>
public sealed class Printer(TextWriter output, TextWriter error, bool json)
{
    private static readonly JsonSerializerOptions Indented = new(WatchkeeperJson.Options) { WriteIndented = true };

    public bool Json => json;

    public TextWriter Error => error;

    public void Item<T>(T value, params (string Key, string? Value)[] fields)
    {
        if (json)
        {
            WriteJson(value);
        }
        else
        {
            KeyValues.Write(output, fields);
        }
    }

    /// <summary>A list prints its page as <c>{items, nextCursor}</c> in JSON, so scripts can page on.</summary>
    public void List<T>(Page<T> page, Table<T> table)
    {
        if (json)
        {
            WriteJson(page);
            return;
        }
        table.Write(output, page.Items);
        if (page.NextCursor is not null)
        {
            error.WriteLine($"More results: add --cursor {page.NextCursor} for the next page, or --all.");
        }
    }

    public void List<T>(IReadOnlyList<T> items, Table<T> table) => List(new Page<T>(items, null), table);

    /// <summary>A confirmation for people; scripts have the exit code, so JSON mode prints nothing.</summary>
    public void Done(string message)
    {
        if (!json)
        {
            output.WriteLine(message);
        }
    }

    public void Line(string text) => output.WriteLine(text);

    public void WriteJson<T>(T value) => output.WriteLine(JsonSerializer.Serialize(value, Indented));
}
