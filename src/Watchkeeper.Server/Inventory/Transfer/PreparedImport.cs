using Watchkeeper.Contracts;
using Watchkeeper.Server.Platform;
using Watchkeeper.Server.Platform.Authorization;

namespace Watchkeeper.Server.Inventory.Transfer;

/// <summary>
/// A file read and checked against its type's columns, ready to run through the engine. The API and
/// the import page prepare an import alike, so a file refused by one is refused by the other in the same words.
/// </summary>
public sealed record PreparedImport(ITransferSession Session, TransferTable Table)
{
    /// <returns>The import, or a field error on <c>file</c> (unreadable) or <c>columns</c> (unknown or missing columns).</returns>
    public static async Task<Outcome<PreparedImport>> PrepareAsync(
        IServiceProvider services, long organizationId, ITransferType type, string format, Stream file, CancellationToken ct)
    {
        TransferTable table;
        try
        {
            table = await TransferFormat.ReadAsync(format, file, ct);
        }
        catch (TransferFileException e)
        {
            return OperationError.Field("file", e.Message);
        }
        var session = await type.OpenAsync(services, organizationId, ct);
        return CheckHeader(session, table) is { } error ? error : new PreparedImport(session, table);
    }

    public Task<ImportResultDto> RunAsync(Access access, ImportOptions options, IProgress<int>? progress, CancellationToken ct) =>
        Session.ImportAsync(access, Table, options, progress, ct);

    private static OperationError? CheckHeader(ITransferSession session, TransferTable table)
    {
        var (unknown, missing) = session.CheckHeader(table.Header);
        var errors = new FieldErrors();
        if (unknown.Count > 0)
        {
            errors.Add("columns", $"Unknown column(s): {string.Join(", ", unknown)}. The columns are: {string.Join(", ", session.Columns)}.");
        }
        if (missing.Count > 0)
        {
            errors.Add("columns", $"Missing column(s): {string.Join(", ", missing)}: rows are matched by them.");
        }
        return errors.ToError();
    }
}
