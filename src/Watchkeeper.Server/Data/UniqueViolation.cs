using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Watchkeeper.Server.Data;

/// <summary>
/// Recognises a save refused by a unique index. Rules check natural keys before saving, so this
/// only happens when two requests create the same key at the same moment: the loser gets a 409.
/// </summary>
public static class UniqueViolation
{
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;

    public static bool Is(Exception exception) =>
        exception is DbUpdateException { InnerException: var inner } && inner switch
        {
            SqliteException sqlite => sqlite.SqliteErrorCode == SqliteConstraint
                && sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
            PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
            _ => false,
        };
}
