using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Secrets;
using Watchkeeper.Tests.Infrastructure;

namespace Watchkeeper.Tests.Platform;

public abstract class SecretStoreTests(WatchkeeperFactory factory)
{
    [Fact]
    public async Task A_secret_is_encrypted_at_rest_and_bound_to_its_name()
    {
        const string password = "smtp-password-that-must-not-leak";
        await factory.WithScopeAsync(async s =>
        {
            await s.GetRequiredService<SecretStore>().SetAsync(1, "smtp.password", password);
            await s.GetRequiredService<SecretStore>().SetAsync(1, "webhook.secret", "other");
            await s.GetRequiredService<WatchkeeperDb>().SaveChangesAsync();
            return 0;
        });

        await factory.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<WatchkeeperDb>();
            var store = s.GetRequiredService<SecretStore>();
            Assert.Equal(password, await store.GetAsync(1, "smtp.password"));
            var rows = await db.Secrets.ToListAsync();
            Assert.DoesNotContain(rows, r => r.Ciphertext.Contains(password, StringComparison.Ordinal));
            Assert.DoesNotContain(await db.AuditEntries.Select(e => e.Changes).ToListAsync(), c => c != null && c.Contains(password, StringComparison.Ordinal));

            // A ciphertext moved to another secret's row does not decrypt as that secret.
            var smtp = rows.Single(r => r.Name == "smtp.password");
            await db.Secrets.Where(r => r.Name == "webhook.secret").ExecuteUpdateAsync(r => r.SetProperty(x => x.Ciphertext, smtp.Ciphertext));
            Assert.Null(await store.GetAsync(1, "webhook.secret"));
            return 0;
        });
    }
}

public sealed class SecretStoreTestsOnSqlite(SqliteFactory f) : SecretStoreTests(f), IClassFixture<SqliteFactory>;

public sealed class SecretStoreTestsOnPostgres(PostgresFactory f) : SecretStoreTests(f), IClassFixture<PostgresFactory>;
