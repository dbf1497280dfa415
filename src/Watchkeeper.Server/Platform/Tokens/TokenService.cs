using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Authorization;

namespace Watchkeeper.Server.Platform.Tokens;

/// <summary>Issues tokens. A token never carries a permission its creator lacks.</summary>
public sealed class TokenService(WatchkeeperDb db, TimeProvider clock)
{
    public const int DefaultLifetimeDays = 90;

    public sealed record Issued(ApiToken Token, string Secret);

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
