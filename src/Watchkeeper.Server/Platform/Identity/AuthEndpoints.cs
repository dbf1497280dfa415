using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Authorization;
using Watchkeeper.Server.Platform.Audit;
using Watchkeeper.Server.Platform.Tokens;

namespace Watchkeeper.Server.Platform.Identity;

public static class AuthEndpoints
{
    public static void MapAuth(this IEndpointRouteBuilder api)
    {
        api.MapGet("/me", WhoAmIAsync).WithTags("Account").RequireAuthorization();
        api.MapPost("/auth/token", LoginForTokenAsync).WithTags("Account").AllowAnonymous().RequireRateLimiting(RateLimits.Login);
    }

    private static async Task<Results<Ok<WhoAmIDto>, ProblemHttpResult>> WhoAmIAsync(HttpContext http, CurrentAccess current, WatchkeeperDb db, CancellationToken ct)
    {
        if (await current.GetAsync(ct) is not { } access)
        {
            return Problems.Forbidden("You are not a member of that organization.");
        }
        var user = access.UserId is { } id ? await db.Users.AsNoTracking().SingleAsync(u => u.Id == id, ct) : null;
        var isToken = access.TokenId is not null;
        var organizations = await db.Memberships.AsNoTracking()
            .Where(m => m.UserId == access.UserId && (!isToken || m.OrganizationId == access.OrganizationId))
            .Select(m => m.Organization).OrderBy(o => o.Name).ToListAsync(ct);
        return TypedResults.Ok(new WhoAmIDto(
            access.UserId, user?.DisplayName ?? access.ActorName, user?.Email, access.Organization.ToDto(),
            access.RoleId is { } roleId ? new RoleRef(roleId, access.RoleName!) : null,
            access.Permissions.Order(StringComparer.Ordinal).ToList(),
            organizations.Select(o => o.ToDto()).ToList(),
            access.InstanceAdministrator));
    }

    /// <summary>Exchanges a password (and second factor) for a personal token: how <c>wk login</c> signs in.</summary>
    private static async Task<Results<Created<CreatedTokenDto>, ProblemHttpResult, ValidationProblem>> LoginForTokenAsync(
        LoginTokenRequest request, HttpContext http, LoginService login, AccessResolver resolver, TokenService tokens, WatchkeeperDb db, CancellationToken ct)
    {
        var (outcome, user) = await login.CheckPasswordAsync(request.Email, request.Password);
        if (outcome == LoginOutcome.NeedsSecondFactor)
        {
            if (string.IsNullOrWhiteSpace(request.TwoFactorCode))
            {
                return Problems.Field("twoFactorCode", "This account has a second factor: send the authenticator or a recovery code.");
            }
            outcome = await login.CheckSecondFactorAsync(user!, request.TwoFactorCode) ? LoginOutcome.Success : LoginOutcome.Failed;
        }
        if (outcome != LoginOutcome.Success)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Login failed",
                detail: outcome == LoginOutcome.LockedOut
                    ? "The account is locked after too many failed attempts. Try again later."
                    : "The e-mail, password or code is wrong.");
        }
        await login.SucceededAsync(user!, "api token");
        var principal = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
            [new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.NameIdentifier, user!.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))], "password"));
        if (await resolver.ResolveAsync(principal, request.Organization, ct) is not { } access)
        {
            return Problems.Field("organization", "You are not a member of that organization.");
        }
        using var _ = AuditActor.Begin(AuditActor.Current with { Name = user.Email!, UserId = user.Id });
        var issued = tokens.Issue(access, string.IsNullOrWhiteSpace(request.TokenName) ? "wk command line" : request.TokenName, TokenKind.Personal, null, null);
        await db.SaveChangesAsync(ct);
        var dto = await db.ApiTokens.AsNoTracking().Where(t => t.Id == issued.Token.Id).Select(TokenEndpoints.ToDto).SingleAsync(ct);
        return TypedResults.Created($"/api/v1/tokens/{dto.Id}", new CreatedTokenDto(dto, issued.Secret));
    }
}
