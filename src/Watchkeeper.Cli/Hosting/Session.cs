using System.CommandLine;
using Watchkeeper.Cli.Config;
using Watchkeeper.Cli.Output;
using Watchkeeper.Contracts.Client;

namespace Watchkeeper.Cli.Hosting;

/// <summary>One command's run: its parsed arguments, where it prints, and the server it talks to.</summary>
public sealed class Session(CliContext context, ParseResult parse) : IDisposable
{
    private readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(100) };
    private WatchkeeperClient? client;

    public ParseResult Parse => parse;

    public Printer Out { get; } = new(context.Output, context.Error, parse.GetValue(context.Global.Json));

    public CliEnvironment Environment => context.Environment;

    public GlobalOptions Global => context.Global;

    public string ConfigPath { get; } = context.Environment.ResolveConfigPath();

    public CliConfig LoadConfig() => CliConfig.Load(ConfigPath);

    public T? Value<T>(Option<T> option) => parse.GetValue(option);

    public T Value<T>(Argument<T> argument) => parse.GetValue(argument)!;

    /// <summary>The authenticated client: options win over WK_* variables, which win over the saved login.</summary>
    public WatchkeeperClient Client => client ??= CreateClient();

    /// <summary>A client for the given server and credentials, e.g. during login.</summary>
    public WatchkeeperClient Connect(Uri server, string? token = null, string? organization = null) => new(http, server, token, organization);

    /// <summary>The server address from options, WK_SERVER or the saved login, if any.</summary>
    public string? ServerAddress(CliConfig config) =>
        parse.GetValue(Global.Server) ?? Variable("WK_SERVER") ?? config.Server;

    public void Dispose() => http.Dispose();

    private WatchkeeperClient CreateClient()
    {
        var config = LoadConfig();
        var server = ServerAddress(config)
            ?? throw CliException.NotLoggedIn("Not logged in: run 'wk login <server-url>' or set WK_SERVER and WK_TOKEN.");
        var explicitToken = parse.GetValue(Global.Token) ?? Variable("WK_TOKEN");
        var token = explicitToken ?? config.Token
            ?? throw CliException.NotLoggedIn($"Not logged in to {server}: run 'wk login' or pass --token.");
        // A token acts in one organization; the saved one belongs to the saved token only.
        var organization = parse.GetValue(Global.Organization) ?? Variable("WK_ORG") ?? (explicitToken is null ? config.Organization : null);
        return Connect(ServerUrl.Parse(server), token, organization);
    }

    private string? Variable(string name) => context.Environment.Variable(name) is { Length: > 0 } value ? value : null;
}
