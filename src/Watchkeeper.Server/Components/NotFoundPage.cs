using Microsoft.AspNetCore.Diagnostics;

namespace Watchkeeper.Server.Components;

/// <summary>
/// A person who types an unknown address gets the styled "Page not found" page, still with
/// status 404. The API and other machine clients keep their problem details.
/// </summary>
public static class NotFoundPage
{
    public const string Path = "/not-found";

    /// <summary>Goes after the API's status code pages, which answer everything this leaves alone.</summary>
    public static void UseNotFoundPage(this WebApplication app)
    {
        // On the main pipeline, not a branch: only there does the re-executed request get routed again.
        app.UseStatusCodePagesWithReExecute(Path, createScopeForStatusCodePages: true);
        app.Use(async (context, next) =>
        {
            await next(context);
            if (!(context.Response.StatusCode == StatusCodes.Status404NotFound && WantsPage(context.Request))
                && context.Features.Get<IStatusCodePagesFeature>() is { } pages)
            {
                pages.Enabled = false;
            }
        });
    }

    private static bool WantsPage(HttpRequest request) =>
        !request.Path.StartsWithSegments("/api")
        && HttpMethods.IsGet(request.Method)
        && request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);
}
