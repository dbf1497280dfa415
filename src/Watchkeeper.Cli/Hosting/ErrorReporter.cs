using System.Net;
using System.Text.Json;
using Watchkeeper.Contracts.Client;

namespace Watchkeeper.Cli.Hosting;

/// <summary>Prints a failure to standard error and picks the exit code scripts branch on.</summary>
public static class ErrorReporter
{
    public static int Report(Exception exception, TextWriter error, bool json) => exception switch
    {
        WatchkeeperApiException api => ReportApi(api, error, json),
        CliException cli => Write(error, cli.Message, cli.ExitCode),
        HttpRequestException http => Write(error, $"Cannot reach the server: {http.Message}", ExitCodes.Error),
        TaskCanceledException => Write(error, "The server did not answer in time.", ExitCodes.Error),
        JsonException bad => Write(error, $"The server sent an answer this version of wk cannot read: {bad.Message}", ExitCodes.Error),
        // A bug in wk: the whole exception helps the person who reports it.
        _ => Write(error, $"unexpected failure: {exception}", ExitCodes.Error),
    };

    private static int ReportApi(WatchkeeperApiException api, TextWriter error, bool json)
    {
        var code = api.StatusCode switch
        {
            HttpStatusCode.Unauthorized => ExitCodes.NotLoggedIn,
            HttpStatusCode.Forbidden => ExitCodes.Forbidden,
            _ => ExitCodes.Error,
        };
        if (json)
        {
            error.WriteLine(JsonSerializer.Serialize(api.Problem, WatchkeeperJson.Options));
            return code;
        }
        error.WriteLine($"error: {api.Title} ({api.Problem.Status})");
        if (api.Detail is { Length: > 0 } detail)
        {
            error.WriteLine($"  {detail}");
        }
        foreach (var (field, messages) in api.Errors)
        {
            foreach (var message in messages)
            {
                error.WriteLine($"  {field}: {message}");
            }
        }
        if (code == ExitCodes.NotLoggedIn && api.Title != "Login failed")
        {
            error.WriteLine("  The token is missing, expired or revoked: run 'wk login'.");
        }
        return code;
    }

    private static int Write(TextWriter error, string message, int code)
    {
        error.WriteLine($"error: {message}");
        return code;
    }
}
