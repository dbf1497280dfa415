using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Authorization;
using Watchkeeper.Server.Platform.Roles;

namespace Watchkeeper.Server.Platform.Tokens;

/// <summary>Issues and revokes tokens for the API and the pages. A token never carries a permission its creator lacks.</summary>
public sealed class TokenService(WatchkeeperDb db, TimeProvider clock)
{
    public const int DefaultLifetimeDays = 90;
    public const int MaxLifetimeDays = 730;

    public sealed record Issued(ApiToken Token, string Secret);

    /// <summary>The tokens a caller may see: their own personal ones, or with tokens.manage and <paramref name="all"/> everyone's.</summary>
    public IQueryable<ApiToken> Visible(Access access, bool all, bool includeRevoked)
    {
        var tokens = db.ApiTokens.AsNoTracking().Where(t => t.OrganizationId == access.OrganizationId);
        tokens = all && access.Has(Permissions.TokensManage)
            ? tokens
            : tokens.Where(t => t.UserId == access.UserId && t.Kind == TokenKind.Personal);
        return includeRevoked ? tokens : tokens.Where(t => t.RevokedAt == null);
    }

    /// <summary>Checks what the creator asks for, issues the token and saves it.</summary>
    public async Task<Outcome<Issued>> CreateAsync(Access access, string name, TokenKind kind, IReadOnlyList<string>? permissions, int? expiresInDays, CancellationToken ct)
    {
        if (access.UserId is null)
        {
            return OperationError.Forbidden("Service tokens cannot create tokens.");
        }
        if (kind == TokenKind.Service && !access.Has(Permissions.TokensManage))
        {
            return OperationError.Forbidden($"Creating service tokens needs the permission '{Permissions.TokensManage}'.");
        }
        if (!Enum.IsDefined(kind))
        {
            return OperationError.Field("kind", "Use 'Personal' or 'Service'.");
        }
        if (expiresInDays is < 1 or > MaxLifetimeDays)
        {
            return OperationError.Field("expiresInDays", $"Choose a lifetime of 1 to {MaxLifetimeDays} days.");
        }
        var requested = permissions ?? [];
        if (requested.Where(p => !Permissions.IsKnown(p)).ToList() is { Count: > 0 } unknown)
        {
            return OperationError.Field("permissions", $"Unknown permissions: {string.Join(", ", unknown)}.");
        }
        if (requested.Where(p => !access.Has(p)).ToList() is { Count: > 0 } beyond)
        {
            return OperationError.Field("permissions", $"A token cannot carry permissions you do not hold: {string.Join(", ", beyond)}.");
        }
        var issued = Issue(access, name, kind, requested, expiresInDays);
        await db.SaveChangesAsync(ct);
        return issued;
    }

    /// <summary>Everyone revokes their own personal tokens; tokens.manage revokes any in the organization.</summary>
    public async Task<Outcome<Done>> RevokeAsync(Access access, long id, CancellationToken ct)
    {
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == id && t.OrganizationId == access.OrganizationId, ct);
        var mayRevoke = token is not null && (access.Has(Permissions.TokensManage) || (token.Kind == TokenKind.Personal && token.UserId == access.UserId));
        if (!mayRevoke)
        {
            return OperationError.NotFound("Token");
        }
        token!.RevokedAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return Done.Value;
    }

    public Issued Issue(Access creator, string name, TokenKind kind, IReadOnlyList<string>? permissions, int? expiresInDays)
    {
        var granted = permissions is null || permissions.Count == 0 ? creator.Permissions.ToList() : permissions.Distinct(StringComparer.Ordinal).ToList();
        var secret = TokenSecrets.NewApiToken();
        var now = clock.GetUtcNow();
        var token = new ApiToken
        {
            OrganizationId = creator.OrganizationId,
            Name = name.Trim(),
            Kind = kind,
            UserId = creator.UserId ?? throw new InvalidOperationException("Only users create tokens."),
            Prefix = secret[..10],
            SecretHash = TokenSecrets.Hash(secret),
            PermissionList = string.Join(' ', granted.Order(StringComparer.Ordinal)),
            CreatedAt = now,
            ExpiresAt = now.AddDays(expiresInDays ?? DefaultLifetimeDays),
        };
        db.ApiTokens.Add(token);
        return new Issued(token, secret);
    }
}
