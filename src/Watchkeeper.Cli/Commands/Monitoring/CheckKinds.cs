using Watchkeeper.Contracts;

namespace Watchkeeper.Cli.Commands.Monitoring;

/// <summary>The kinds of check wk can create and test; each adds its subcommand to <c>create</c> and <c>test</c>.</summary>
public static class CheckKinds
{
    private static readonly IReadOnlyList<CheckKindOptions> Known = Create();

    /// <summary>New options per call: an option belongs to the one command it is added to.</summary>
    public static IReadOnlyList<CheckKindOptions> Create() => [new HttpCheckOptions(), new TcpCheckOptions(), new HeartbeatCheckOptions()];

    /// <summary>The kind's reading of a check, or null for a kind this version of wk does not know.</summary>
    public static CheckKindOptions? For(CheckKind kind) => Known.FirstOrDefault(k => k.Kind == kind);
}
