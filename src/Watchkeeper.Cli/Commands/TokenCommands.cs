using System.CommandLine;
using Watchkeeper.Cli.Hosting;
using Watchkeeper.Cli.Output;
using Watchkeeper.Contracts;

namespace Watchkeeper.Cli.Commands;

public static class TokenCommands
{
    private static readonly Table<TokenDto> Table = new(
        ("Id", t => Format.Number(t.Id)), ("Name", t => t.Name), ("Kind", t => t.Kind.ToString()), ("Prefix", t => t.Prefix),
        ("Owner", t => t.Owner?.Email), ("Expires", t => Format.Time(t.ExpiresAt)), ("Last used", t => Format.Time(t.LastUsedAt)),
        ("Revoked", t => Format.Time(t.RevokedAt)));

    public static Command Create(CliContext context) =>
        new Command("tokens", "API tokens for scripts and integrations").With(List(context), New(context), Revoke(context));

    private static Command List(CliContext context)
    {
        var everyone = new Option<bool>("--all-users") { Description = "Everyone's tokens, service tokens included (needs platform.tokens.manage)" };
        var revoked = new Option<bool>("--include-revoked") { Description = "Include revoked tokens" };
        var command = new Command("list", "List your tokens").With(everyone, revoked);
        var paging = new ListOptions(command, "createdAt, name");
        return command.Runs(context, async (s, ct) => s.Out.List(
            await paging.FetchAsync(s, (q, t) => s.Client.ListTokensAsync(q, s.Value(everyone) ? true : null, s.Value(revoked) ? true : null, t), ct), Table));
    }

    private static Command New(CliContext context)
    {
        var name = new Argument<string>("name") { Description = "What the token is for" };
        var service = new Option<bool>("--service") { Description = "A service token, acting as itself rather than as you (needs platform.tokens.manage)" };
        var permissions = Options.Many("--permission", "Permission the token carries (default: all of yours)");
        var days = new Option<int?>("--expires-in-days") { Description = "Lifetime in days, 1–730 (default 90)" };
        return new Command("create", "Create a token and print its secret, once").With(name, service, permissions, days).Runs(context, async (s, ct) =>
        {
            var kind = s.Value(service) ? TokenKind.Service : TokenKind.Personal;
            var created = await s.Client.CreateTokenAsync(new CreateTokenRequest(s.Value(name), kind, Options.Values(s, permissions), s.Value(days)), cancellationToken: ct);
            // The warning goes to standard error so that `SECRET=$(wk tokens create ci)` captures the secret alone.
            s.Out.Error.WriteLine($"Token {created.Token.Id} '{created.Token.Name}' created. Store the secret now: it cannot be shown again.");
            if (s.Out.Json)
            {
                s.Out.WriteJson(created);
            }
            else
            {
                s.Out.Line(created.Secret);
            }
        });
    }

    private static Command Revoke(CliContext context)
    {
        var id = new Argument<long>("id") { Description = "Token id (see 'wk tokens list')" };
        return new Command("revoke", "Revoke a token; it stops working at once").With(id).Runs(context, async (s, ct) =>
        {
            await s.Client.RevokeTokenAsync(s.Value(id), ct);
            s.Out.Done($"Token {s.Value(id)} revoked.");
        });
    }
}
