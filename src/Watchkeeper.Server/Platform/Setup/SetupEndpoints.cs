using Microsoft.AspNetCore.Http.HttpResults;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;

namespace Watchkeeper.Server.Platform.Setup;

public static class SetupEndpoints
{
    public static void MapSetup(this IEndpointRouteBuilder api)
    {
        api.MapPost("/setup", CompleteAsync).WithTags("Account").AllowAnonymous().RequireRateLimiting(RateLimits.Login);
    }

    private static async Task<Results<Created<UserRef>, ValidationProblem>> CompleteAsync(CompleteSetupRequest request, SetupService setup, CancellationToken ct)
    {
        var (user, errors) = await setup.CompleteAsync(request.Token, request.Email, request.DisplayName, request.Password, ct);
        return user is null ? Problems.Fields(errors) : TypedResults.Created($"/api/v1/users/{user.Id}", new UserRef(user.Id, user.DisplayName, user.Email!));
    }
}
