using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Watchkeeper.Testing;

namespace Watchkeeper.Tests.Infrastructure;

/// <summary>A browser's cookie jar: signs in and out through the real forms, antiforgery token included.</summary>
public sealed class BrowserLogin(CookieContainer cookies)
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
        Assert.True(await LoginForm.SignInAsync(client, email, password), $"{email} could not sign in.");
        return browser;
    }

    public async Task SignOutAsync(WatchkeeperFactory node)
    {
        var client = On(node);
        var form = new Dictionary<string, string> { ["_handler"] = "logout", ["__RequestVerificationToken"] = LoginForm.AntiforgeryToken(await client.GetStringAsync("/logout")) };
        var response = await client.PostAsync("/logout", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
