using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Watchkeeper.Server.Inventory.Transfer;

/// <summary>Reads and writes the CSV form: a header of column names, one row per object.</summary>
public static class CsvTable
{
    private static readonly CsvConfiguration Configuration = new(CultureInfo.InvariantCulture) { DetectColumnCountChanges = false, MissingFieldFound = null };

    public static async Task<TransferTable> ReadAsync(Stream stream, CancellationToken ct)
    {
        using var reader = new StreamReader(stream);
        using var csv = new CsvReader(reader, Configuration);
        try
        {
            if (!await csv.ReadAsync())
            {
                throw new TransferFileException("The file is empty: the first line must name the columns.");
            }
            csv.ReadHeader();
            var header = csv.HeaderRecord!.Select(h => h.Trim()).ToList();
            var rows = new List<TransferRow>();
            var line = csv.Parser.RawRow + 1;
            while (await csv.ReadAsync())
            {
                ct.ThrowIfCancellationRequested();
                var cells = new Dictionary<string, string?>(StringComparer.Ordinal);
                for (var i = 0; i < header.Count; i++)
                {
                    cells[header[i]] = csv.TryGetField<string>(i, out var text) ? text : null;
                }
                rows.Add(new TransferRow(line, cells));
                line = csv.Parser.RawRow + 1;
            }
            return new TransferTable(header, rows);
        }
        catch (CsvHelperException e)
        {
            throw new TransferFileException($"The CSV cannot be read near line {e.Context?.Parser?.RawRow}: check its quotes.");
        }
    }

    public static async Task WriteAsync(Stream stream, IReadOnlyList<string> columns, IAsyncEnumerable<IReadOnlyDictionary<string, string?>> rows, CancellationToken ct)
    {
        await using var writer = new StreamWriter(stream, leaveOpen: true);
        await using var csv = new CsvWriter(writer, Configuration);
        foreach (var column in columns)
        {
            csv.WriteField(column);
        }
        await csv.NextRecordAsync();
        await foreach (var row in rows.WithCancellation(ct))
        {
            foreach (var column in columns)
            {
                csv.WriteField(row.GetValueOrDefault(column));
            }
            await csv.NextRecordAsync();
        }
        await csv.FlushAsync();
    }
}

/// <summary>A file that cannot be read as its format at all (as opposed to a row with errors).</summary>
public sealed class TransferFileException(string message) : Exception(message);
