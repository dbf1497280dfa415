using System.Globalization;
using System.Security.Claims;

namespace Watchkeeper.Server.Platform.Authorization;

public static class WatchkeeperClaims
{
    public const string TokenId = "wk:token";
    public const string TokenOrganization = "wk:token_org";
    public const string TokenScheme = "Bearer";

    /// <summary>The server-side session a sign-in cookie belongs to.</summary>
    public const string Session = "wk:session";

    public static long? UserId(this ClaimsPrincipal principal) =>
        long.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    public static long? TokenIdOf(this ClaimsPrincipal principal) =>
        long.TryParse(principal.FindFirstValue(TokenId), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    public static Guid? SessionId(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(Session), out var id) ? id : null;
}
