using System.Net;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Hosting;
using Watchkeeper.Tests.Infrastructure;

namespace Watchkeeper.Tests.Platform;

/// <summary>Edits the database behind the server's back, so it has a database of its own.</summary>
public abstract class AuditTamperingTests(WatchkeeperFactory factory)
{
    [Fact]
    public async Task Verification_finds_an_edited_row_and_removed_newest_rows()
    {
        var admin = await factory.AdminAsync();
        for (var i = 0; i < 3; i++)
        {
            await admin.Client.PostJsonAsync<TeamDto>("/api/v1/teams", new { name = $"Team {i}" }, HttpStatusCode.Created);
        }
        var intact = await admin.Client.GetJsonAsync<AuditVerificationDto>("/api/v1/audit/verify");
        Assert.True(intact.Valid, intact.Message);
        Assert.Equal(0, await ServerCommands.RunAsync(["audit", "verify", .. factory.CommandSettings]));

        var victim = await EditAsync(e => e.Action == "team.created", "someone else");
        var edited = await admin.Client.GetJsonAsync<AuditVerificationDto>("/api/v1/audit/verify");
        Assert.False(edited.Valid);
        Assert.Equal(victim.Sequence, edited.FirstBrokenSequence);
        Assert.Equal(1, await ServerCommands.RunAsync(["audit", "verify", .. factory.CommandSettings]));

        await EditAsync(e => e.Sequence == victim.Sequence, victim.Actor);
        Assert.True((await admin.Client.GetJsonAsync<AuditVerificationDto>("/api/v1/audit/verify")).Valid);
        await factory.WithDbAsync(async db =>
        {
            var last = await db.AuditEntries.MaxAsync(e => e.Sequence);
            await db.AuditEntries.Where(e => e.Sequence == last).ExecuteDeleteAsync();
        });
        var truncated = await admin.Client.GetJsonAsync<AuditVerificationDto>("/api/v1/audit/verify");
        Assert.False(truncated.Valid);
        Assert.Contains("removed", truncated.Message, StringComparison.Ordinal);
    }

    private async Task<(long Sequence, string Actor)> EditAsync(System.Linq.Expressions.Expression<Func<Watchkeeper.Server.Platform.Audit.AuditEntry, bool>> which, string actor)
    {
        (long, string) original = default;
        await factory.WithDbAsync(async db =>
        {
            var entry = await db.AuditEntries.Where(which).OrderByDescending(e => e.Sequence).FirstAsync();
            original = (entry.Sequence, entry.Actor);
            await db.AuditEntries.Where(e => e.Sequence == entry.Sequence).ExecuteUpdateAsync(e => e.SetProperty(x => x.Actor, actor));
        });
        return original;
    }

}

public sealed class AuditTamperingTestsOnSqlite(SqliteFactory f) : AuditTamperingTests(f), IClassFixture<SqliteFactory>;

public sealed class AuditTamperingTestsOnPostgres(PostgresFactory f) : AuditTamperingTests(f), IClassFixture<PostgresFactory>;
