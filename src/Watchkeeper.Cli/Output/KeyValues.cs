namespace Watchkeeper.Cli.Output;

/// <summary>Renders one object as aligned <c>Key:  value</c> lines; empty values show as "-".</summary>
public static class KeyValues
{
    public static void Write(TextWriter writer, IReadOnlyList<(string Key, string? Value)> fields)
    {
        var width = fields.Count == 0 ? 0 : fields.Max(f => f.Key.Length) + 1;
        foreach (var (key, value) in fields)
        {
            var text = string.IsNullOrEmpty(value) ? "-" : value;
            // Continuation lines of a multi-line value line up under its first line.
            var indented = text.ReplaceLineEndings("\n" + new string(' ', width + 2));
            writer.WriteLine($"{(key + ":").PadRight(width)}  {indented}");
        }
    }
}
