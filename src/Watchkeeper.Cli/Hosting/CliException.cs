namespace Watchkeeper.Cli.Hosting;

/// <summary>A failure the user can act on: the message is printed as is and the program exits with <see cref="ExitCode"/>.</summary>
public sealed class CliException(string message, int exitCode = ExitCodes.Error) : Exception(message)
{
    public int ExitCode { get; } = exitCode;

    public static CliException Usage(string message) => new(message, ExitCodes.Usage);

    public static CliException NotLoggedIn(string message) => new(message, ExitCodes.NotLoggedIn);
}
