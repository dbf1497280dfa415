using System.CommandLine;
using Watchkeeper.Cli.Config;
using Watchkeeper.Cli.Hosting;
using Watchkeeper.Cli.Output;
using Watchkeeper.Contracts;
using Watchkeeper.Contracts.Client;

namespace Watchkeeper.Cli.Commands;

public static class LoginCommands
{
    public static Command Login(CliContext context)
    {
        var server = new Argument<string?>("server") { Description = "Server address, e.g. https://watchkeeper.example.com", Arity = ArgumentArity.ZeroOrOne };
        var email = new Option<string?>("--email", "-u") { Description = "Login e-mail (prompted when missing)" };
        var password = new Option<string?>("--password") { Description = "Password (prompted without echo when missing; an option is visible to other local users)" };
        var code = new Option<string?>("--code") { Description = "Authenticator or recovery code, for accounts with a second factor (prompted when needed)" };
        var name = new Option<string?>("--name") { Description = "Name of the token wk creates (default: 'wk command line')" };
        return new Command("login", "Log in and remember the server and a personal token; with --token, remember an existing token")
            .With(server, email, password, code, name)
            .Runs(context, async (s, ct) =>
            {
                var config = s.LoadConfig();
                var address = s.Value(server) ?? s.ServerAddress(config) ?? Ask(s, "Server: ", "the server address");
                var url = ServerUrl.Parse(address);
                var organization = s.Value(s.Global.Organization);
                string secret;
                long? tokenId;
                if (s.Value(s.Global.Token) is { } given)
                {
                    secret = given;
                    tokenId = await Lookup.TokenIdAsync(s.Connect(url, secret, organization), secret, ct);
                }
                else
                {
                    var request = new LoginTokenRequest(
                        s.Value(email) ?? Ask(s, "E-mail: ", "--email"), s.Value(password) ?? AskSecret(s, "Password: ", "--password"),
                        s.Value(code), s.Value(name), organization);
                    var created = await PasswordLoginAsync(s, s.Connect(url), request, ct);
                    (secret, tokenId) = (created.Secret, created.Token.Id);
                }
                var me = await s.Connect(url, secret, organization).GetMeAsync(ct);
                new CliConfig(url.AbsoluteUri, secret, tokenId, me.Organization.Slug, me.Email ?? me.DisplayName).Save(s.ConfigPath);
                s.Out.Done($"Logged in to {url.AbsoluteUri} as {me.DisplayName} in {me.Organization.Name} ({me.Organization.Slug}).");
                if (s.Out.Json)
                {
                    s.Out.WriteJson(me);
                }
            });
    }

    public static Command Logout(CliContext context) =>
        new Command("logout", "Revoke the saved token on the server and forget it").Runs(context, async (s, ct) =>
        {
            var config = s.LoadConfig();
            if (config.Token is null || config.Server is null)
            {
                s.Out.Done("Not logged in.");
                return;
            }
            try
            {
                var client = s.Connect(ServerUrl.Parse(config.Server), config.Token);
                if ((config.TokenId ?? await Lookup.TokenIdAsync(client, config.Token, ct)) is { } id)
                {
                    await client.RevokeTokenAsync(id, ct);
                }
                else
                {
                    s.Out.Error.WriteLine("warning: the token's id is unknown, so it was not revoked; revoke it in the web UI.");
                }
            }
            catch (WatchkeeperApiException e) when (e.StatusCode == System.Net.HttpStatusCode.Unauthorized)
            {
                // Already expired or revoked: nothing left to revoke.
            }
            catch (HttpRequestException e)
            {
                s.Out.Error.WriteLine($"warning: could not reach {config.Server} ({e.Message}); the token was not revoked there.");
            }
            (config with { Token = null, TokenId = null, Organization = null, User = null }).Save(s.ConfigPath);
            s.Out.Done($"Logged out of {config.Server}.");
        });

    public static Command WhoAmI(CliContext context) =>
        new Command("whoami", "Show who you are, where you act and what you may do").Runs(context, async (s, ct) =>
        {
            var me = await s.Client.GetMeAsync(ct);
            s.Out.Item(me,
                ("Name", me.DisplayName), ("E-mail", me.Email), ("Server", s.Client.BaseUrl.AbsoluteUri),
                ("Organization", $"{me.Organization.Name} ({me.Organization.Slug})"), ("Role", me.Role?.Name),
                ("Instance admin", Format.YesNo(me.InstanceAdministrator)), ("Permissions", Format.List(me.Permissions)));
        });

    private static async Task<CreatedTokenDto> PasswordLoginAsync(Session s, WatchkeeperClient client, LoginTokenRequest request, CancellationToken ct)
    {
        try
        {
            return await client.LoginAsync(request, ct);
        }
        catch (WatchkeeperApiException e) when (request.TwoFactorCode is null && e.Errors.ContainsKey("twoFactorCode"))
        {
            return await client.LoginAsync(request with { TwoFactorCode = AskSecret(s, "Authenticator or recovery code: ", "--code") }, ct);
        }
    }

    private static string Ask(Session s, string label, string missing) =>
        NonEmpty(s.Environment.Prompt.ReadLine(label), missing).Trim();

    // Secrets are taken as typed: spaces may be part of a password.
    private static string AskSecret(Session s, string label, string missing) =>
        NonEmpty(s.Environment.Prompt.ReadSecret(label), missing);

    private static string NonEmpty(string? answer, string missing) =>
        string.IsNullOrWhiteSpace(answer) ? throw CliException.Usage($"Give {missing}: there was no answer to the prompt.") : answer;
}
