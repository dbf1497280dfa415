using System.CommandLine;
using Watchkeeper.Cli.Hosting;
using Watchkeeper.Contracts;

namespace Watchkeeper.Cli.Commands.Monitoring;

/// <summary>
/// One kind of check on the command line: the options of its settings (a subcommand of
/// <c>create</c> and <c>test</c>), and how a check of the kind reads in lists and in <c>show</c>.
/// A new kind is a subclass listed in <see cref="CheckKinds"/>.
/// </summary>
public abstract class CheckKindOptions
{
    public abstract CheckKind Kind { get; }

    /// <summary>The subcommand's help line.</summary>
    public abstract string Description { get; }

    /// <summary>Whether <c>test</c> can run it: a heartbeat waits for pings, there is nothing to run.</summary>
    public virtual bool Testable => true;

    /// <summary>The options of the kind's settings.</summary>
    public abstract Symbol[] All { get; }

    /// <summary>The subcommand's name: <c>http</c>, <c>tcp</c>.</summary>
    public string Name => Kind.ToString().ToLowerInvariant();

    /// <summary>The request with this kind's settings taken from the options.</summary>
    public abstract CheckRequest Apply(Session s, CheckRequest request);

    /// <summary>What a check of this kind looks at, in a few words for a table: a URL, host and port.</summary>
    public abstract string? Target(CheckDto check);

    /// <summary>The kind's settings as lines of <c>show</c>.</summary>
    public abstract IEnumerable<(string Key, string? Value)> Settings(CheckDto check);
}
