using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace Watchkeeper.Contracts;

/// <summary>Whether a token acts as its owner or as a named service.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TokenKind>))]
public enum TokenKind
{
    /// <summary>Acts as the user who created it, never with more than that user's current permissions.</summary>
    Personal,

    /// <summary>Acts as itself, for automation; created by administrators.</summary>
    Service,
}

/// <summary>An API token. The secret itself is only in <see cref="CreatedTokenDto"/>.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="Name">What the token is for.</param>
/// <param name="Kind">Personal or service.</param>
/// <param name="Prefix">The first characters of the secret, to recognise it.</param>
/// <param name="Owner">The user for a personal token.</param>
/// <param name="Permissions">Granted permissions.</param>
/// <param name="CreatedAt">Creation time.</param>
/// <param name="ExpiresAt">Expiry, if any.</param>
/// <param name="LastUsedAt">Last use.</param>
/// <param name="RevokedAt">Revocation time, if revoked.</param>
public sealed record TokenDto(
    long Id, string Name, TokenKind Kind, string Prefix, UserRef? Owner, IReadOnlyList<string> Permissions,
    DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt);

/// <summary>A newly created token with its secret, shown this once.</summary>
/// <param name="Token">The token's metadata.</param>
/// <param name="Secret">The bearer secret; store it now, it cannot be shown again.</param>
public sealed record CreatedTokenDto(TokenDto Token, string Secret);

/// <summary>Creates a token in the current organization.</summary>
/// <param name="Name">What the token is for.</param>
/// <param name="Kind">Personal (default) or service.</param>
/// <param name="Permissions">Requested permissions; never more than the creator holds. Empty means all of the creator's.</param>
/// <param name="ExpiresInDays">Lifetime in days (1–730); default 90.</param>
public sealed record CreateTokenRequest(
    [property: Required, StringLength(100, MinimumLength = 1)] string Name,
    TokenKind Kind = TokenKind.Personal,
    IReadOnlyList<string>? Permissions = null,
    [property: Range(1, 730)] int? ExpiresInDays = null);

/// <summary>Exchanges credentials for a personal token (used by <c>wk login</c>).</summary>
/// <param name="Email">Login e-mail.</param>
/// <param name="Password">Password.</param>
/// <param name="TwoFactorCode">Authenticator or recovery code when the account has a second factor.</param>
/// <param name="TokenName">Name for the new token.</param>
/// <param name="Organization">Organization id or slug; default is the user's first.</param>
public sealed record LoginTokenRequest(
    [property: Required] string Email,
    [property: Required] string Password,
    string? TwoFactorCode = null,
    [property: StringLength(100)] string? TokenName = null,
    string? Organization = null);
