using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Inventory.Search;

/// <summary>
/// A substring index over one text column, so a "contains" filter does not read every row (docs/adr/0007).
/// PostgreSQL needs nothing from here: a pg_trgm GIN index on <c>upper(column)</c> serves the
/// <c>upper(column) LIKE '%…%'</c> that EF Core writes for <c>ToUpper().Contains</c>. SQLite cannot index that, so an
/// FTS5 table with the trigram tokenizer, kept in step by triggers, names the candidate rows first; the usual
/// comparison still decides, so both databases return exactly what a scan would.
/// </summary>
public sealed class TrigramIndex(string table, string column)
{
    /// <summary>Three characters are the shortest text a trigram index can look up; shorter text is compared row by row.</summary>
    public const int MinimumLength = 3;

    public static readonly TrigramIndex ItemName = new("ItemNameTrigrams", "Name");
    public static readonly TrigramIndex DeviceHostname = new("DeviceTextTrigrams", "Hostname");
    public static readonly TrigramIndex DeviceFqdn = new("DeviceTextTrigrams", "Fqdn");
    public static readonly TrigramIndex DeviceSerial = new("DeviceTextTrigrams", "Serial");
    public static readonly TrigramIndex DeviceAssetTag = new("DeviceTextTrigrams", "AssetTag");

    // The MATCH restricted to one column; the table and column are fixed above, the text is a parameter.
    private readonly string sql = $"SELECT rowid AS \"Value\" FROM \"{table}\" WHERE \"{column}\" MATCH {{0}}";

    /// <summary>
    /// The rows whose column may contain <paramref name="upper"/> (upper case, as the comparison uses it): on SQLite
    /// those the trigram table names, for text of three characters or more; otherwise all of them.
    /// </summary>
    /// <param name="id">The row's id, which is the trigram table's rowid.</param>
    public IQueryable<T> Narrow<T>(WatchkeeperDb db, IQueryable<T> rows, Expression<Func<T, long>> id, string upper) =>
        db.IsSqlite && upper.EnumerateRunes().Count() >= MinimumLength
            // A join rather than IN: SQLite then starts from the few candidates, where with IN it reads the
            // organization's whole index and checks each row against the list.
            ? db.Database.SqlQueryRaw<long>(sql, Phrase(upper)).Join(rows, candidate => candidate, id, (_, row) => row)
            : rows;

    // One quoted phrase: what was typed is text to find, never FTS5 query syntax. The trigram tokenizer folds case,
    // so the upper-case text finds every row the upper-case comparison can match.
    private static string Phrase(string text) => $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
