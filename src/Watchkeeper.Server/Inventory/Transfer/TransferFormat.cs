namespace Watchkeeper.Server.Inventory.Transfer;

/// <summary>The file formats, named as the <c>format</c> parameter names them.</summary>
public static class TransferFormat
{
    public const string Csv = "csv";
    public const string Json = "json";

    /// <returns>The format in lower case, or null with a field error when it is neither.</returns>
    public static string? Parse(string? format, FieldErrors errors)
    {
        var name = string.IsNullOrWhiteSpace(format) ? Csv : format.Trim().ToLowerInvariant();
        if (name is Csv or Json)
        {
            return name;
        }
        errors.Add("format", $"'{format}' is not a format: use csv or json.");
        return null;
    }

    public static Task<TransferTable> ReadAsync(string format, Stream stream, CancellationToken ct) =>
        format == Json ? JsonTable.ReadAsync(stream, ct) : CsvTable.ReadAsync(stream, ct);

    public static string ContentType(string format) => format == Json ? "application/json" : "text/csv; charset=utf-8";
}
