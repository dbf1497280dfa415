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
        var response = await browser.SubmitAsync(node, "/login", "login", new() { ["Input.Email"] = email, ["Input.Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("/login", response.Headers.Location?.ToString() ?? "", StringComparison.Ordinal);
        return browser;
    }

    public async Task SignOutAsync(WatchkeeperFactory node)
    {
        var response = await SubmitAsync(node, "/logout", "logout", []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private async Task<HttpResponseMessage> SubmitAsync(WatchkeeperFactory node, string path, string form, Dictionary<string, string> fields)
    {
        var client = On(node);
        var page = await client.GetStringAsync(path);
        fields["_handler"] = form;
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(AntiforgeryField().Match(page).Groups[1].Value);
        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
