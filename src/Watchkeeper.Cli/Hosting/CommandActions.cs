using System.CommandLine;

namespace Watchkeeper.Cli.Hosting;

public static class CommandActions
{
    /// <summary>Runs <paramref name="run"/> in a session; failures surface as exceptions that <see cref="CliApp"/> turns into exit codes.</summary>
    public static Command Runs(this Command command, CliContext context, Func<Session, CancellationToken, Task> run)
    {
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var session = new Session(context, parse);
            await run(session, cancellationToken);
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command With(this Command command, params Symbol[] symbols)
    {
        foreach (var symbol in symbols)
        {
            switch (symbol)
            {
                case Argument argument:
                    command.Add(argument);
                    break;
                case Option option:
                    command.Add(option);
                    break;
                case Command child:
                    command.Add(child);
                    break;
                default:
                    throw new ArgumentException($"Cannot add {symbol.GetType().Name}.", nameof(symbols));
            }
        }
        return command;
    }
}
