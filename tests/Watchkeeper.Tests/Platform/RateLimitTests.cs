using System.Net;
using Watchkeeper.Tests.Infrastructure;

namespace Watchkeeper.Tests.Platform;

/// <summary>A server whose login limit is low enough to reach in a test; the limiter keeps no state in the database.</summary>
public sealed class RateLimitedFactory : SqliteFactory
{
    protected override int LoginAttemptsPerMinute => 3;
}

public sealed class RateLimitTests(RateLimitedFactory factory) : IClassFixture<RateLimitedFactory>
{
    [Fact]
    public async Task Login_attempts_beyond_the_limit_get_429_with_retry_after()
    {
        var client = factory.CreateClient();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 4; i++)
        {
            last = await client.SendJsonAsync(HttpMethod.Post, "/api/v1/auth/token", new { email = "nobody@example.com", password = "whatever" });
        }

        var problem = await last!.ProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.NotNull(problem.Detail);
        Assert.True(int.Parse(last!.Headers.RetryAfter!.ToString(), System.Globalization.CultureInfo.InvariantCulture) > 0);
    }
}
