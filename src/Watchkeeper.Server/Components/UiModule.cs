using Microsoft.AspNetCore.Components.Authorization;
using Radzen;
using Watchkeeper.Server.Components.Session;

namespace Watchkeeper.Server.Components;

public static class UiModule
{
    public static IServiceCollection AddUi(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, SessionRevalidation>();
        services.AddRadzenComponents();
        services.AddScoped<UiSession>();
        services.AddScoped<UiAccess>();
        services.AddScoped<Account.Authenticator>();
        return services;
    }

    public static void MapUi(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapOrganizationSwitch();
        // The strict security headers already forbid framing ('none'); Blazor's own, laxer header would only repeat it.
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode(o => o.ContentSecurityFrameAncestorsPolicy = null);
    }
}
