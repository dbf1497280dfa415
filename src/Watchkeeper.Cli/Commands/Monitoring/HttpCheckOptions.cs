using System.CommandLine;
using Watchkeeper.Cli.Hosting;
using Watchkeeper.Cli.Output;
using Watchkeeper.Contracts;

namespace Watchkeeper.Cli.Commands.Monitoring;

/// <summary>An HTTP(S) check's settings as options; the password and token come from a variable or standard input.</summary>
public sealed class HttpCheckOptions : CheckKindOptions
{
    private readonly Option<string> url = new("--url") { Description = "The address to request, http:// or https://", Required = true };
    private readonly Option<string?> method = new("--method") { Description = "GET (default), HEAD, POST, PUT, PATCH, DELETE or OPTIONS" };
    private readonly Option<string[]> headers = new("--header", "-H") { Description = "A request header as 'Name: value' (repeat for more)" };
    private readonly Option<string?> body = new("--body") { Description = "Request body" };
    private readonly Option<string?> contentType = new("--content-type") { Description = "The body's media type (default application/json)" };
    private readonly Option<string?> expectedStatus = new("--expect-status") { Description = "Status codes that pass, codes and ranges: 200-299,301 (default 200-399)" };
    private readonly Option<string?> bodyContains = new("--body-contains") { Description = "Text the body must contain" };
    private readonly Option<string?> bodyNotContains = new("--body-not-contains") { Description = "Text the body must not contain" };
    private readonly Option<string?> bodyRegex = new("--body-regex") { Description = "A regular expression the body must match" };
    private readonly Option<string?> jsonPath = new("--json-path") { Description = "A path into a JSON body, e.g. $.status, whose value must equal --json-equals" };
    private readonly Option<string?> jsonEquals = new("--json-equals") { Description = "The value expected at --json-path, compared as text" };
    private readonly Option<int?> degradedAboveMs = new("--degraded-above-ms") { Description = "A total time above this many milliseconds is degraded" };
    private readonly Option<bool> noFollowRedirects = new("--no-follow-redirects") { Description = "Judge a redirect by its own status instead of following it" };
    private readonly Option<bool> noVerifyTls = new("--no-verify-tls") { Description = "Accept any server certificate" };
    private readonly Option<string?> basicUser = new("--basic-user") { Description = "User name for basic authentication" };
    private readonly SecretOption basicPassword = new("basic-password", "basic authentication password");
    private readonly SecretOption bearerToken = new("bearer-token", "bearer token");

    public override CheckKind Kind => CheckKind.Http;

    public override string Description => "An HTTP(S) request judged by its status, its body and its speed";

    public override Symbol[] All => [url, method, headers, body, contentType, expectedStatus, bodyContains, bodyNotContains, bodyRegex, jsonPath, jsonEquals,
        degradedAboveMs, noFollowRedirects, noVerifyTls, basicUser, .. basicPassword.All, .. bearerToken.All];

    public override CheckRequest Apply(Session s, CheckRequest request) => request with
    {
        Http = new HttpCheckSettings(s.Value(url)!)
        {
            Method = s.Value(method),
            Headers = s.Value(headers) is { Length: > 0 } given ? ParseHeaders(given) : null,
            Body = s.Value(body),
            ContentType = s.Value(contentType),
            BasicUser = s.Value(basicUser),
            BasicPassword = basicPassword.Read(s),
            BearerToken = bearerToken.Read(s),
            ExpectedStatus = s.Value(expectedStatus),
            BodyContains = s.Value(bodyContains),
            BodyNotContains = s.Value(bodyNotContains),
            BodyRegex = s.Value(bodyRegex),
            JsonPath = s.Value(jsonPath),
            JsonEquals = s.Value(jsonEquals),
            DegradedAboveMs = s.Value(degradedAboveMs),
            FollowRedirects = !s.Value(noFollowRedirects),
            VerifyTls = !s.Value(noVerifyTls),
        },
    };

    public override string? Target(CheckDto check) => check.Http is { } http ? $"{http.Method ?? "GET"} {http.Url}" : null;

    public override IEnumerable<(string Key, string? Value)> Settings(CheckDto check)
    {
        if (check.Http is not { } http)
        {
            yield break;
        }
        yield return ("Headers", http.Headers is { Count: > 0 } h ? string.Join('\n', h.Select(p => $"{p.Key}: {p.Value}")) : null);
        yield return ("Body", http.Body is null ? null : $"{http.ContentType ?? "application/json"}: {http.Body}");
        yield return ("Expected status", http.ExpectedStatus ?? "200-399");
        yield return ("Body contains", http.BodyContains);
        yield return ("Body not contains", http.BodyNotContains);
        yield return ("Body regex", http.BodyRegex);
        yield return ("JSON path", http.JsonPath is null ? null : $"{http.JsonPath} = {http.JsonEquals}");
        yield return ("Degraded above", http.DegradedAboveMs is { } ms ? $"{Format.Number(ms)} ms" : null);
        yield return ("Follow redirects", Format.YesNo(http.FollowRedirects));
        yield return ("Verify TLS", Format.YesNo(http.VerifyTls));
        yield return ("Basic user", http.BasicUser);
    }

    /// <summary>Headers written as <c>Name: value</c>, the way curl takes them.</summary>
    public static Dictionary<string, string> ParseHeaders(IEnumerable<string> given)
    {
        var parsed = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in given)
        {
            var colon = header.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw CliException.Usage($"'{header}' is not a header: write it as 'Name: value'.");
            }
            parsed[header[..colon].Trim()] = header[(colon + 1)..].Trim();
        }
        return parsed;
    }
}
