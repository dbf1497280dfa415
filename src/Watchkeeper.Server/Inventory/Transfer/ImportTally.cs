using Watchkeeper.Contracts;
using Watchkeeper.Server.Platform;

namespace Watchkeeper.Server.Inventory.Transfer;

/// <summary>Counts what an import does row by row and keeps the first changes and errors to show.</summary>
internal sealed class ImportTally(string type, ImportOptions options, int total)
{
    private const int Shown = 1000;
    private readonly List<ImportChangeDto> changes = [];
    private readonly List<ImportRowErrorDto> errors = [];
    private int created;
    private int updated;
    private int unchanged;

    public int Failed { get; private set; }

    /// <summary>Rows counted so far, whatever became of them.</summary>
    public int Done => created + updated + unchanged + Failed;

    public void Created(TransferRow row, string key)
    {
        created++;
        Show(changes, new ImportChangeDto(row.Line, key, ImportAction.Create, []));
    }

    public void Updated(TransferRow row, string key, IReadOnlyList<string> fields)
    {
        updated++;
        Show(changes, new ImportChangeDto(row.Line, key, ImportAction.Update, fields));
    }

    public void Unchanged() => unchanged++;

    public void Fail(TransferRow row, string? key, IEnumerable<(string Field, string Message)> problems)
    {
        Failed++;
        foreach (var (field, message) in problems)
        {
            Show(errors, new ImportRowErrorDto(row.Line, key, field, message));
        }
    }

    public void Fail(TransferRow row, string? key, OperationError error, Func<string, string> columnOf) =>
        Fail(row, key, error.Fields is { } fields
            ? fields.SelectMany(f => f.Value.Select(m => (columnOf(f.Key), m)))
            : [("", error.Message)]);

    public ImportResultDto Result(bool committed) =>
        new(type, options.DryRun, committed, total, created, updated, unchanged, Failed, changes, errors);

    private static void Show<T>(List<T> shown, T item)
    {
        if (shown.Count < Shown)
        {
            shown.Add(item);
        }
    }
}
