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
        ChangePasswordRequest request, HttpContext http, UserManager<User> users, PasswordChange passwords)
    {
        // The current password is required, so a token alone cannot take over the account.
        if (http.User.UserId() is not { } id || await users.FindByIdAsync(id.ToString(System.Globalization.CultureInfo.InvariantCulture)) is not { } user)
        {
            return Problems.Forbidden("Only users have passwords.");
        }
        var changed = await passwords.ChangeAsync(user, request.CurrentPassword, request.NewPassword);
        return changed.Error is { } error ? Problems.Fields(error) : TypedResults.NoContent();
    }
}
