using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Platform.Authorization;

namespace Watchkeeper.Server.Platform.Identity;

public static class AccountEndpoints
{
    public static void MapAccount(this IEndpointRouteBuilder api)
    {
        api.MapPost("/me/password", ChangePasswordAsync).WithTags("Account").RequireAuthorization().RequireRateLimiting(RateLimits.Login);
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> ChangePasswordAsync(
        ChangePasswordRequest request, HttpContext http, UserManager<User> users, SessionRevocation sessions)
    {
        // The current password is required, so a token alone cannot take over the account.
        if (http.User.UserId() is not { } id || await users.FindByIdAsync(id.ToString(System.Globalization.CultureInfo.InvariantCulture)) is not { } user)
        {
            return Problems.Forbidden("Only users have passwords.");
        }
        var changed = await users.ChangePasswordAsync(user, request.CurrentPassword, request.NewPassword);
        if (!changed.Succeeded)
        {
            var errors = changed.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch))
                ? new Dictionary<string, string[]> { ["currentPassword"] = ["The current password is wrong."] }
                : changed.Errors.GroupBy(_ => "newPassword").ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray());
            return Problems.Fields(errors);
        }
        await sessions.EndAllAsync(user, "password changed");
        return TypedResults.NoContent();
    }
}
