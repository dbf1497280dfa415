using System.Net;
using System.Text.RegularExpressions;

namespace Watchkeeper.Testing;

/// <summary>The sign-in form as a browser posts it, antiforgery token included.</summary>
public static partial class LoginForm
{
    /// <summary>The antiforgery token of a rendered form; it is protected with the server's key ring.</summary>
    public static string AntiforgeryToken(string page) => WebUtility.HtmlDecode(AntiforgeryField().Match(page).Groups[1].Value);

    public static Dictionary<string, string> Fields(string antiforgeryToken, string email, string password) => new()
    {
        ["_handler"] = "login",
        ["__RequestVerificationToken"] = antiforgeryToken,
        ["Input.Email"] = email,
        ["Input.Password"] = password,
    };

    /// <summary>Signs in through the real form with a client that keeps cookies; true when the server let it in.</summary>
    public static async Task<bool> SignInAsync(HttpClient client, string email, string password)
    {
        var form = Fields(AntiforgeryToken(await client.GetStringAsync("/login")), email, password);
        using var response = await client.PostAsync("/login", new FormUrlEncodedContent(form));
        return response.StatusCode == HttpStatusCode.Redirect
            && !(response.Headers.Location?.ToString() ?? "").Contains("/login", StringComparison.Ordinal);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
