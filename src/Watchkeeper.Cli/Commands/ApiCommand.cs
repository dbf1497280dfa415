using System.CommandLine;
using System.Text.Json;
using Watchkeeper.Cli.Hosting;

namespace Watchkeeper.Cli.Commands;

/// <summary><c>wk api</c>: any endpoint, with the saved login, for what has no command yet.</summary>
public static class ApiCommand
{
    public static Command Create(CliContext context)
    {
        var method = new Argument<string>("method") { Description = "HTTP method: GET, POST, PUT, PATCH or DELETE" };
        var path = new Argument<string>("path") { Description = "Path with any query string, e.g. /api/v1/users?limit=5" };
        var data = new Option<string?>("--data", "-d") { Description = "JSON body, or @file to read it from a file, or @- for standard input" };
        var headers = new Option<string[]>("--header", "-H") { Description = "Extra header 'Name: value', e.g. 'If-Match: \"3\"' (repeatable)" };
        return new Command("api", "Call any API endpoint and print the JSON answer").With(method, path, data, headers).Runs(context, async (s, ct) =>
        {
            var body = s.Value(data) is { } text ? ParseBody(await ReadBodyAsync(text, ct)) : (JsonElement?)null;
            var answer = await s.Client.SendAsync(new HttpMethod(s.Value(method).ToUpperInvariant()), s.Value(path), body, ParseHeaders(s.Value(headers) ?? []), ct);
            if (answer is { } json)
            {
                s.Out.WriteJson(json);
            }
        });
    }

    private static async Task<string> ReadBodyAsync(string data, CancellationToken ct)
    {
        if (data == "@-")
        {
            return await Console.In.ReadToEndAsync(ct);
        }
        if (!data.StartsWith('@'))
        {
            return data;
        }
        var file = data[1..];
        return File.Exists(file) ? await File.ReadAllTextAsync(file, ct) : throw CliException.Usage($"No such file: {file}");
    }

    private static JsonElement ParseBody(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw CliException.Usage($"--data is not valid JSON: {e.Message}");
        }
    }

    private static IEnumerable<KeyValuePair<string, string>> ParseHeaders(IEnumerable<string> headers) =>
        headers.Select(h => h.Split(':', 2) is [var name, var value] && name.Trim().Length > 0
            ? KeyValuePair.Create(name.Trim(), value.Trim())
            : throw CliException.Usage($"'{h}' is not a header; use 'Name: value'."));
}
