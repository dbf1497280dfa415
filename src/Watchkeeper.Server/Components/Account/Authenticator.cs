using System.Text;
using Microsoft.AspNetCore.Identity;
using QRCoder;
using Watchkeeper.Server.Platform.Identity;

namespace Watchkeeper.Server.Components.Account;

/// <summary>The authenticator-app side of the second factor: the shared key, its QR code and recovery codes.</summary>
public sealed class Authenticator(UserManager<User> users, IUserStore<User> store)
{
    public const int RecoveryCodeCount = 10;

    /// <summary>
    /// The user's key, created on first use. It is written through the store rather than
    /// <see cref="UserManager{TUser}.ResetAuthenticatorKeyAsync"/>: a key that is not switched on
    /// yet is no reason to change the security stamp and end the user's other sessions.
    /// </summary>
    public async Task<string> KeyAsync(User user)
    {
        if (await users.GetAuthenticatorKeyAsync(user) is { Length: > 0 } key)
        {
            return key;
        }
        await ((IUserAuthenticatorKeyStore<User>)store).SetAuthenticatorKeyAsync(user, users.GenerateNewAuthenticatorKey(), CancellationToken.None);
        await users.UpdateAsync(user);
        return (await users.GetAuthenticatorKeyAsync(user))!;
    }

    public static string Uri(string email, string key) =>
        $"otpauth://totp/Watchkeeper:{System.Uri.EscapeDataString(email)}?secret={key}&issuer=Watchkeeper&digits=6";

    /// <summary>A PNG data URI: the CSP allows <c>data:</c> images, and nothing leaves the server.</summary>
    public static string QrCode(string uri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        return "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(5));
    }

    /// <summary>The key in groups of four, for typing into an app by hand.</summary>
    public static string Readable(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }
        return text.ToString().TrimEnd().ToLowerInvariant();
    }

    public static string Normalize(string code) => code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
}
