using System.CommandLine;
using Watchkeeper.Cli.Hosting;

namespace Watchkeeper.Cli.Commands.Monitoring;

/// <summary>
/// A secret a check sends (a password, a token), read from an environment variable or from standard
/// input, never from an option's value: that would stay in shell history and show in the process list.
/// </summary>
public sealed class SecretOption(string name, string what)
{
    private readonly Option<string?> variable = new($"--{name}-env") { Description = $"Read the {what} from this environment variable" };
    private readonly Option<bool> stdin = new($"--{name}-stdin") { Description = $"Read the {what} from standard input (one line; asked without echo on a terminal)" };

    public Symbol[] All => [variable, stdin];

    /// <summary>The secret, or null when neither option is given.</summary>
    public string? Read(Session s)
    {
        var fromVariable = s.Value(variable);
        var fromStdin = s.Value(stdin);
        if (fromVariable is not null && fromStdin)
        {
            throw CliException.Usage($"Give {variable.Name} or {stdin.Name}, not both.");
        }
        if (fromVariable is not null)
        {
            return s.Environment.Variable(fromVariable) is { Length: > 0 } value
                ? value
                : throw CliException.Usage($"The environment variable {fromVariable} named by {variable.Name} is not set or is empty.");
        }
        if (!fromStdin)
        {
            return null;
        }
        // Taken as typed: spaces may be part of a secret, as with wk login's password.
        return s.Environment.Prompt.ReadSecret($"{char.ToUpperInvariant(what[0])}{what[1..]}: ") is { Length: > 0 } typed
            ? typed
            : throw CliException.Usage($"{stdin.Name}: there was no {what} on standard input.");
    }
}
