using Microsoft.AspNetCore.Components;

namespace Watchkeeper.Server.Components.Session;

public static class LoginLinks
{
    /// <summary>The login page, coming back to where the user was.</summary>
    public static string To(NavigationManager navigation) =>
        $"/login?returnUrl={Uri.EscapeDataString("/" + navigation.ToBaseRelativePath(navigation.Uri))}";

    public static string SessionEnded(NavigationManager navigation) => To(navigation) + "&ended=1";

    /// <summary>Only paths on this server: a login link must not send people elsewhere afterwards.</summary>
    public static string SafeReturn(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : "/";
}
