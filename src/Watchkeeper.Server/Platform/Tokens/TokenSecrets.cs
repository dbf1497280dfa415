using System.Security.Cryptography;
using System.Text;

namespace Watchkeeper.Server.Platform.Tokens;

/// <summary>
/// Random secrets for API tokens, invitations and setup links. They carry 256 bits of
/// entropy, so one SHA-256 is enough to store them: there is nothing to brute-force.
/// </summary>
public static class TokenSecrets
{
    public const string ApiTokenPrefix = "wk_";

    public static string NewApiToken() => ApiTokenPrefix + NewSecret();

    public static string NewSecret() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
