using System.Linq.Expressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Authorization;
using Watchkeeper.Server.Platform.Roles;

namespace Watchkeeper.Server.Platform.Tokens;

public static class TokenEndpoints
{
    private static readonly Keyset<ApiToken> Paging = new Keyset<ApiToken>(t => t.Id, "-createdAt").Sortable("createdAt", t => t.CreatedAt).Sortable("name", t => t.Name);

    public static readonly Expression<Func<ApiToken, TokenDto>> ToDto = t => new TokenDto(
        t.Id, t.Name, t.Kind, t.Prefix,
        t.Kind == TokenKind.Personal ? new UserRef(t.User.Id, t.User.DisplayName, t.User.Email!) : null,
        t.PermissionList.Length == 0 ? Array.Empty<string>() : t.PermissionList.Split(' ', StringSplitOptions.None),
        t.CreatedAt, t.ExpiresAt, t.LastUsedAt, t.RevokedAt);

    public static void MapTokens(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/tokens").WithTags("Tokens");
        // Everyone manages their own personal tokens; tokens.manage reaches everyone's and service tokens.
        group.MapGet("/", ListAsync).RequireAuthorization();
        group.MapPost("/", CreateAsync).RequireAuthorization().RequireRateLimiting(RateLimits.Tokens);
        group.MapDelete("/{id:long}", RevokeAsync).RequireAuthorization();
    }

    private static async Task<Results<Ok<Page<TokenDto>>, ValidationProblem, ForbidHttpResult>> ListAsync(
        [AsParameters] ListQuery query, bool? all, bool? includeRevoked, CurrentAccess current, WatchkeeperDb db, CancellationToken ct)
    {
        if (Paging.Validate(query) is { Count: > 0 } errors)
        {
            return Problems.Fields(errors);
        }
        if (await current.GetAsync(ct) is not { } access)
        {
            return TypedResults.Forbid();
        }
        var tokens = db.ApiTokens.AsNoTracking().Where(t => t.OrganizationId == access.OrganizationId);
        tokens = all == true && access.Has(Permissions.TokensManage)
            ? tokens
            : tokens.Where(t => t.UserId == access.UserId && t.Kind == TokenKind.Personal);
        if (includeRevoked != true)
        {
            tokens = tokens.Where(t => t.RevokedAt == null);
        }
        return TypedResults.Ok(await Paging.PageAsync(tokens, query, ToDto, ct));
    }

    private static async Task<Results<Created<CreatedTokenDto>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        CreateTokenRequest request, CurrentAccess current, TokenService tokens, WatchkeeperDb db, CancellationToken ct)
    {
        if (await current.GetAsync(ct) is not { UserId: not null } access)
        {
            return Problems.Forbidden("Service tokens cannot create tokens.");
        }
        if (request.Kind == TokenKind.Service && !access.Has(Permissions.TokensManage))
        {
            return Problems.Forbidden($"Creating service tokens needs the permission '{Permissions.TokensManage}'.");
        }
        if (!Enum.IsDefined(request.Kind))
        {
            return Problems.Field("kind", "Use 'Personal' or 'Service'.");
        }
        var requested = request.Permissions ?? [];
        if (requested.Where(p => !Permissions.IsKnown(p)).ToList() is { Count: > 0 } unknown)
        {
            return Problems.Field("permissions", $"Unknown permissions: {string.Join(", ", unknown)}.");
        }
        if (requested.Where(p => !access.Has(p)).ToList() is { Count: > 0 } beyond)
        {
            return Problems.Field("permissions", $"A token cannot carry permissions you do not hold: {string.Join(", ", beyond)}.");
        }
        var issued = tokens.Issue(access, request.Name, request.Kind, requested, request.ExpiresInDays);
        await db.SaveChangesAsync(ct);
        var dto = await db.ApiTokens.AsNoTracking().Where(t => t.Id == issued.Token.Id).Select(ToDto).SingleAsync(ct);
        return TypedResults.Created($"/api/v1/tokens/{dto.Id}", new CreatedTokenDto(dto, issued.Secret));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeAsync(long id, CurrentAccess current, WatchkeeperDb db, TimeProvider clock, CancellationToken ct)
    {
        if (await current.GetAsync(ct) is not { } access)
        {
            return Problems.NotFound("Token");
        }
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == id && t.OrganizationId == access.OrganizationId, ct);
        var mayRevoke = token is not null && (access.Has(Permissions.TokensManage) || (token.Kind == TokenKind.Personal && token.UserId == access.UserId));
        if (!mayRevoke)
        {
            return Problems.NotFound("Token");
        }
        token!.RevokedAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }
}
