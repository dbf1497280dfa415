using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace Watchkeeper.Tests.Infrastructure;

/// <summary>A browser's cookie jar: signs in and out through the real forms, antiforgery token included.</summary>
public sealed partial class BrowserLogin(CookieContainer cookies)
{
    public BrowserLogin()
        : this(new CookieContainer())
    {
    }

    /// <summary>A client of the given node that sends this browser's cookies.</summary>
    public HttpClient On(WatchkeeperFactory node) => node.CreateDefaultClient(new CookieContainerHandler(cookies));

    public static async Task<BrowserLogin> SignInAsync(WatchkeeperFactory node, string email, string password)
    {
        var browser = new BrowserLogin();
        var client = browser.On(node);
        var form = LoginForm(AntiforgeryToken(await client.GetStringAsync("/login")), email, password);
        var response = await client.PostAsync("/login", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("/login", response.Headers.Location?.ToString() ?? "", StringComparison.Ordinal);
        return browser;
    }

    public async Task SignOutAsync(WatchkeeperFactory node)
    {
        var client = On(node);
        var form = new Dictionary<string, string> { ["_handler"] = "logout", ["__RequestVerificationToken"] = AntiforgeryToken(await client.GetStringAsync("/logout")) };
        var response = await client.PostAsync("/logout", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>The antiforgery token of a rendered form; it is protected with the server's key ring.</summary>
    public static string AntiforgeryToken(string page) => WebUtility.HtmlDecode(AntiforgeryField().Match(page).Groups[1].Value);

    public static Dictionary<string, string> LoginForm(string antiforgeryToken, string email, string password) => new()
    {
        ["_handler"] = "login",
        ["__RequestVerificationToken"] = antiforgeryToken,
        ["Input.Email"] = email,
        ["Input.Password"] = password,
    };

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
