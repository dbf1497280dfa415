using System.Linq.Expressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Authorization;

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
        [AsParameters] ListQuery query, bool? all, bool? includeRevoked, CurrentAccess current, TokenService tokens, CancellationToken ct)
    {
        if (Paging.Validate(query) is { Count: > 0 } errors)
        {
            return Problems.Fields(errors);
        }
        if (await current.GetAsync(ct) is not { } access)
        {
            return TypedResults.Forbid();
        }
        return TypedResults.Ok(await Paging.PageAsync(tokens.Visible(access, all == true, includeRevoked == true), query, ToDto, ct));
    }

    private static async Task<Results<Created<CreatedTokenDto>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        CreateTokenRequest request, CurrentAccess current, TokenService tokens, WatchkeeperDb db, CancellationToken ct)
    {
        if (await current.GetAsync(ct) is not { UserId: not null } access)
        {
            return Problems.Forbidden("Service tokens cannot create tokens.");
        }
        var created = await tokens.CreateAsync(access, request.Name, request.Kind, request.Permissions, request.ExpiresInDays, ct);
        if (created.Error is { } error)
        {
            return error.Fields is null ? Problems.Of(error) : Problems.Fields(error);
        }
        var issued = created.Value!;
        var dto = await db.ApiTokens.AsNoTracking().Where(t => t.Id == issued.Token.Id).Select(ToDto).SingleAsync(ct);
        return TypedResults.Created($"/api/v1/tokens/{dto.Id}", new CreatedTokenDto(dto, issued.Secret));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeAsync(long id, CurrentAccess current, TokenService tokens, CancellationToken ct)
    {
        if (await current.GetAsync(ct) is not { } access)
        {
            return Problems.NotFound("Token");
        }
        var revoked = await tokens.RevokeAsync(access, id, ct);
        return revoked.Error is { } error ? Problems.Of(error) : TypedResults.NoContent();
    }
}
