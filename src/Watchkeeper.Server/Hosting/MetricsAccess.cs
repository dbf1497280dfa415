using System.Security.Cryptography;
using System.Text;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Hosting;

/// <summary>
/// /metrics answers only to the configured bearer token (Metrics:Token), compared in constant
/// time; without a token configured it does not exist, so nothing leaks by default.
/// </summary>
public static class MetricsAccess
{
    public static async Task CheckAsync(HttpContext context, Func<Task> next)
    {
        var expected = context.RequestServices.GetRequiredService<ServerOptions>().Metrics.Token;
        if (string.IsNullOrEmpty(expected))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        var header = context.Request.Headers.Authorization.ToString();
        var given = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : "";
        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected)))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            context.Response.Headers.WWWAuthenticate = "Bearer";
            return;
        }
        await next();
    }
}
