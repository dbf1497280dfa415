namespace Watchkeeper.Cli.Hosting;

/// <summary>
/// Everything <c>wk</c> takes from the machine it runs on, so tests can run it in-process with
/// their own configuration file, environment and answers to prompts.
/// </summary>
/// <param name="Variable">Reads an environment variable.</param>
/// <param name="Prompt">Asks the user for missing values.</param>
/// <param name="ConfigPath">The configuration file; null means the user's default location.</param>
public sealed record CliEnvironment(Func<string, string?> Variable, IPrompt Prompt, string? ConfigPath = null)
{
    public static CliEnvironment FromProcess() => new(Environment.GetEnvironmentVariable, new ConsolePrompt());

    public string ResolveConfigPath() => ConfigPath ?? Config.ConfigPaths.Default(Variable);
}
