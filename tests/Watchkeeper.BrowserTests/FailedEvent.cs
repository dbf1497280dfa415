using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Watchkeeper.Testing;

namespace Watchkeeper.BrowserTests;

/// <summary>
/// A background event that gave up after its last attempt, written straight into the server's
/// SQLite database: no API can make a handler fail on purpose.
/// </summary>
public static class FailedEvent
{
    public const string Type = "test.unknown_event";

    public static async Task ParkAsync(ServerProcess server)
    {
        // The server stores times through this converter; the row must read back the same way.
        var time = new DateTimeOffsetToBinaryConverter();
        var now = (long)time.ConvertToProvider(DateTimeOffset.UtcNow)!;
        await using var db = new SqliteConnection($"Data Source={Path.Combine(server.DataDirectory, "watchkeeper.db")}");
        await db.OpenAsync();
        await using var insert = db.CreateCommand();
        insert.CommandText = """
            INSERT INTO "OutboxMessages" ("Type", "Payload", "OrganizationId", "CreatedAt", "AvailableAt", "Attempts", "LastError", "FailedAt")
            VALUES ($type, '{}', NULL, $now, $now, 10, 'InvalidOperationException: No handler knows the event type.', $now)
            """;
        insert.Parameters.AddWithValue("$type", Type);
        insert.Parameters.AddWithValue("$now", now);
        await insert.ExecuteNonQueryAsync();
    }
}
