namespace Watchkeeper.Cli.Hosting;

/// <summary>What every command's action needs from the run that built it.</summary>
public sealed record CliContext(TextWriter Output, TextWriter Error, CliEnvironment Environment, GlobalOptions Global);
