using System.CommandLine;

namespace Watchkeeper.Cli.Hosting;

/// <summary>Options every command accepts, before or after its name.</summary>
public sealed class GlobalOptions
{
    public Option<string?> Server { get; } = new("--server") { Description = "Server address (default: WK_SERVER, then the logged-in server)", Recursive = true };

    public Option<string?> Token { get; } = new("--token") { Description = "API token (default: WK_TOKEN, then the logged-in token)", Recursive = true };

    public Option<string?> Organization { get; } = new("--org") { Description = "Organization id or slug to act in (default: WK_ORG, then the token's)", Recursive = true };

    public Option<bool> Json { get; } = new("--json") { Description = "Print machine-readable JSON instead of tables", Recursive = true };

    public void AddTo(RootCommand root)
    {
        root.Add(Server);
        root.Add(Token);
        root.Add(Organization);
        root.Add(Json);
    }
}
