namespace Watchkeeper.Contracts;

/// <summary>What an import did (or, in a dry run, would do) to one row of the file.</summary>
public enum ImportAction
{
    /// <summary>A new object.</summary>
    Create,

    /// <summary>An existing object with changed fields.</summary>
    Update,

    /// <summary>An existing object the row does not change.</summary>
    Unchanged,
}

/// <summary>The outcome of one import.</summary>
/// <param name="Type">The inventory type imported (devices, sites…).</param>
/// <param name="DryRun">True when nothing was meant to be written.</param>
/// <param name="Committed">True when the changes were written.</param>
/// <param name="Total">Rows in the file.</param>
/// <param name="Created">Rows that create an object.</param>
/// <param name="Updated">Rows that change an object.</param>
/// <param name="Unchanged">Rows that match their object already.</param>
/// <param name="Failed">Rows with errors.</param>
/// <param name="Changes">The creates and updates, in file order (the first 1,000).</param>
/// <param name="Errors">The row errors, in file order (the first 1,000).</param>
public sealed record ImportResultDto(
    string Type, bool DryRun, bool Committed, int Total, int Created, int Updated, int Unchanged, int Failed,
    IReadOnlyList<ImportChangeDto> Changes, IReadOnlyList<ImportRowErrorDto> Errors);

/// <summary>One create or update of an import.</summary>
/// <param name="Line">Line of the row in the file (CSV: physical line counting the header; JSON: array index + 1).</param>
/// <param name="Key">The row's natural key.</param>
/// <param name="Action">Create or update.</param>
/// <param name="Fields">The columns an update changes.</param>
public sealed record ImportChangeDto(int Line, string Key, ImportAction Action, IReadOnlyList<string> Fields);

/// <summary>Why one row was refused.</summary>
/// <param name="Line">Line of the row in the file (CSV: physical line counting the header; JSON: array index + 1).</param>
/// <param name="Key">The row's natural key, when it has one.</param>
/// <param name="Field">The column at fault; empty when the row as a whole is refused.</param>
/// <param name="Message">What is wrong, worded as the API words it.</param>
public sealed record ImportRowErrorDto(int Line, string? Key, string Field, string Message);
