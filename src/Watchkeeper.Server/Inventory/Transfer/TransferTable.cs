namespace Watchkeeper.Server.Inventory.Transfer;

/// <summary>A file read into rows of cells by column, whatever its format.</summary>
public sealed record TransferTable(IReadOnlyList<string> Header, IReadOnlyList<TransferRow> Rows);

/// <summary>One row and the line it starts on (CSV: physical line counting the header; JSON: array index + 1).</summary>
public sealed record TransferRow(int Line, IReadOnlyDictionary<string, string?> Cells);

/// <summary>How to run an import.</summary>
/// <param name="DryRun">Work everything out and write nothing.</param>
/// <param name="Partial">Commit the good rows even when others have errors.</param>
public sealed record ImportOptions(bool DryRun, bool Partial);
