namespace Watchkeeper.Cli.Output;

/// <summary>Renders rows as aligned, space-separated columns under an upper-case header, like kubectl or docker.</summary>
public sealed class Table<T>(params (string Header, Func<T, string?> Value)[] columns)
{
    private const string Gap = "  ";

    public void Write(TextWriter writer, IEnumerable<T> rows)
    {
        var cells = rows.Select(row => columns.Select(c => Clean(c.Value(row))).ToArray()).ToList();
        if (cells.Count == 0)
        {
            writer.WriteLine("(none)");
            return;
        }
        var headers = columns.Select(c => c.Header.ToUpperInvariant()).ToArray();
        var widths = headers.Select((h, i) => cells.Select(r => r[i].Length).Prepend(h.Length).Max()).ToArray();
        WriteLine(writer, headers, widths);
        foreach (var row in cells)
        {
            WriteLine(writer, row, widths);
        }
    }

    private static void WriteLine(TextWriter writer, string[] values, int[] widths)
    {
        // The last column is not padded, so lines carry no trailing spaces.
        var padded = values.Select((v, i) => i == values.Length - 1 ? v : v.PadRight(widths[i]));
        writer.WriteLine(string.Join(Gap, padded).TrimEnd());
    }

    // One row per line: a line break or tab inside a value would break the alignment of every row after it.
    private static string Clean(string? value) =>
        string.IsNullOrEmpty(value) ? "-" : value.ReplaceLineEndings(" ").Replace('\t', ' ');
}
