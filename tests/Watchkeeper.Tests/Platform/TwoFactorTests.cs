using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Platform.Identity;
using Watchkeeper.Tests.Infrastructure;

namespace Watchkeeper.Tests.Platform;

public abstract class TwoFactorTests(WatchkeeperFactory factory)
{
    [Fact]
    public async Task An_account_with_a_second_factor_needs_a_valid_code_or_a_recovery_code()
    {
        var viewer = await factory.UserWithRoleAsync("Viewer");
        var (key, recoveryCodes) = await factory.WithScopeAsync(async s =>
        {
            var users = s.GetRequiredService<UserManager<User>>();
            var user = (await users.FindByIdAsync(viewer.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))!;
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
            var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 2);
            return ((await users.GetAuthenticatorKeyAsync(user))!, codes!.ToList());
        });
        var client = factory.CreateClient();
        Task<HttpResponseMessage> LogInAsync(string? code) =>
            client.SendJsonAsync(HttpMethod.Post, "/api/v1/auth/token", new { email = viewer.Email, password = viewer.Password, twoFactorCode = code });

        var withoutCode = await (await LogInAsync(null)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("twoFactorCode", withoutCode.Errors!.Keys);
        await (await LogInAsync("000000")).ProblemAsync(HttpStatusCode.Unauthorized);
        await HttpJson.ReadAsync<CreatedTokenDto>(await LogInAsync(Totp.Code(key, DateTimeOffset.UtcNow)), HttpStatusCode.Created);
        await HttpJson.ReadAsync<CreatedTokenDto>(await LogInAsync(recoveryCodes[0]), HttpStatusCode.Created);
        await (await LogInAsync(recoveryCodes[0])).ProblemAsync(HttpStatusCode.Unauthorized);
    }
}

public sealed class TwoFactorTestsOnSqlite(SqliteFactory f) : TwoFactorTests(f), IClassFixture<SqliteFactory>;

public sealed class TwoFactorTestsOnPostgres(PostgresFactory f) : TwoFactorTests(f), IClassFixture<PostgresFactory>;
