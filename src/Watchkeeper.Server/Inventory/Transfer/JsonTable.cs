using System.Text.Json;

namespace Watchkeeper.Server.Inventory.Transfer;

/// <summary>
/// Reads and writes the JSON form: an array of objects whose property names are the CSV's columns.
/// Values may be strings, numbers, booleans or (for tags) arrays of strings; export writes strings.
/// </summary>
public static class JsonTable
{
    public static async Task<TransferTable> ReadAsync(Stream stream, CancellationToken ct)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(stream, cancellationToken: ct);
        }
        catch (JsonException e)
        {
            throw new TransferFileException($"The JSON cannot be read near line {e.LineNumber + 1}: {e.Message}");
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw new TransferFileException("The JSON must be an array of objects, one per row.");
            }
            var header = new List<string>();
            var rows = new List<TransferRow>();
            foreach (var (element, index) in document.RootElement.EnumerateArray().Select((e, i) => (e, i)))
            {
                if (element.ValueKind != JsonValueKind.Object)
                {
                    throw new TransferFileException($"Item {index + 1} of the array is not an object.");
                }
                var cells = element.EnumerateObject().ToDictionary(p => p.Name, p => Text(p.Value), StringComparer.Ordinal);
                header.AddRange(cells.Keys.Where(k => !header.Contains(k)));
                rows.Add(new TransferRow(index + 1, cells));
            }
            return new TransferTable(header, rows);
        }
    }

    public static async Task WriteAsync(Stream stream, IAsyncEnumerable<IReadOnlyDictionary<string, string?>> rows, CancellationToken ct)
    {
        await using var json = new Utf8JsonWriter(stream);
        json.WriteStartArray();
        await foreach (var row in rows.WithCancellation(ct))
        {
            json.WriteStartObject();
            foreach (var (column, text) in row.Where(c => c.Value is not null))
            {
                json.WriteString(column, text);
            }
            json.WriteEndObject();
            if (json.BytesPending > 64 * 1024)
            {
                await json.FlushAsync(ct);
            }
        }
        json.WriteEndArray();
        await json.FlushAsync(ct);
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Array when value.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String) => string.Join(",", value.EnumerateArray().Select(e => e.GetString())),
        _ => value.GetRawText(),
    };
}
