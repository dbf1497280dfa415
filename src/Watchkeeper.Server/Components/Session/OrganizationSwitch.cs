using Microsoft.AspNetCore.Http.HttpResults;
using Watchkeeper.Server.Platform.Authorization;

namespace Watchkeeper.Server.Components.Session;

/// <summary>
/// Switching organization in the UI sets the cookie the API reads too (<see cref="CurrentAccess.OrganizationCookie"/>)
/// and reloads the page, so the new connection acts in the new organization from its start.
/// The session cookie is SameSite=Strict, so another site cannot switch it for the user.
/// </summary>
public static class OrganizationSwitch
{
    public const string Path = "/organization/switch";

    public static string Link(string organization, string returnUrl) =>
        $"{Path}?to={Uri.EscapeDataString(organization)}&returnUrl={Uri.EscapeDataString(returnUrl)}";

    public static void MapOrganizationSwitch(this WebApplication app) =>
        app.MapGet(Path, SwitchAsync).RequireAuthorization().ExcludeFromDescription();

    private static async Task<Results<RedirectHttpResult, ForbidHttpResult>> SwitchAsync(string to, string? returnUrl, HttpContext http, AccessResolver resolver)
    {
        if (http.User.TokenIdOf() is not null || await resolver.ResolveAsync(http.User, to, http.RequestAborted) is not { } access)
        {
            return TypedResults.Forbid();
        }
        http.Response.Cookies.Append(CurrentAccess.OrganizationCookie, access.Organization.Slug, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = http.Request.IsHttps,
            MaxAge = TimeSpan.FromDays(365),
            IsEssential = true,
        });
        return TypedResults.LocalRedirect(LoginLinks.SafeReturn(returnUrl));
    }
}
