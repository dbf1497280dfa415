using System.Text.Json;
using Watchkeeper.Cli.Hosting;

namespace Watchkeeper.Cli.Tests;

/// <summary>
/// Runs <c>wk</c> in-process as one user on one machine: its own configuration file, its own
/// environment variables and scripted answers to prompts.
/// </summary>
public sealed class Wk : IDisposable
{
    private readonly DirectoryInfo home = Directory.CreateTempSubdirectory("wk-cli-test-");

    public Dictionary<string, string> Environment { get; } = [];

    /// <summary>Answers to prompts, in order; an exhausted queue answers like a closed terminal.</summary>
    public Queue<string> Answers { get; } = new();

    public string ConfigPath => Path.Combine(home.FullName, "watchkeeper", "config.json");

    public async Task<WkResult> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error, CreateEnvironment());
        return new WkResult(code, output.ToString(), error.ToString(), args);
    }

    /// <summary>This machine as wk sees it: the variables and answers set so far, and its own configuration file.</summary>
    public CliEnvironment CreateEnvironment() => new(name => Environment.GetValueOrDefault(name), new ScriptedPrompt(Answers), ConfigPath);

    public void Dispose() => home.Delete(recursive: true);

    private sealed class ScriptedPrompt(Queue<string> answers) : IPrompt
    {
        public string? ReadLine(string label) => answers.TryDequeue(out var answer) ? answer : null;

        public string? ReadSecret(string label) => ReadLine(label);
    }
}

public sealed record WkResult(int ExitCode, string Output, string Error, string[] Args)
{
    public JsonElement Json => JsonDocument.Parse(Output).RootElement;

    /// <summary>Asserts the exit code, showing what wk printed when it differs.</summary>
    public WkResult Expect(int exitCode)
    {
        Assert.True(ExitCode == exitCode,
            $"wk {string.Join(' ', Args)} exited {ExitCode}, expected {exitCode}.\nstdout:\n{Output}\nstderr:\n{Error}");
        return this;
    }

    public WkResult Ok() => Expect(ExitCodes.Ok);
}
