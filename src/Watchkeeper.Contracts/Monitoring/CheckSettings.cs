using System.ComponentModel.DataAnnotations;

namespace Watchkeeper.Contracts;

/// <summary>An HTTP(S) check: one request, judged by its status, its body and its speed.</summary>
/// <param name="Url">The address, http or https.</param>
/// <param name="Method">GET, HEAD, POST, PUT, PATCH, DELETE or OPTIONS (default GET).</param>
/// <param name="Headers">Request headers by name.</param>
/// <param name="Body">The request body, sent with <paramref name="ContentType"/>.</param>
/// <param name="ContentType">The body's media type (default application/json when a body is given).</param>
/// <param name="BasicUser">User name for basic authentication.</param>
/// <param name="BasicPassword">Password for basic authentication; stored encrypted and never returned.</param>
/// <param name="BearerToken">Bearer token; stored encrypted and never returned.</param>
/// <param name="ExpectedStatus">Status codes that pass, as codes and ranges: <c>200-299,301</c> (default 200-399).</param>
/// <param name="BodyContains">Text the body must contain.</param>
/// <param name="BodyNotContains">Text the body must not contain.</param>
/// <param name="BodyRegex">A regular expression the body must match.</param>
/// <param name="JsonPath">A path into a JSON body (<c>$.status</c>, <c>$.checks[0].state</c>) whose value must equal <paramref name="JsonEquals"/>.</param>
/// <param name="JsonEquals">The value expected at <paramref name="JsonPath"/>, compared as text.</param>
/// <param name="DegradedAboveMs">A total time above this many milliseconds is degraded.</param>
/// <param name="FollowRedirects">Follow redirects (default true); when false a redirect is judged by its own status.</param>
/// <param name="VerifyTls">Verify the server's certificate (default true).</param>
public sealed record HttpCheckSettings(
    [property: Required, StringLength(2000)] string Url,
    [property: StringLength(10)] string? Method = null,
    IReadOnlyDictionary<string, string>? Headers = null,
    [property: StringLength(10_000)] string? Body = null,
    [property: StringLength(100)] string? ContentType = null,
    [property: StringLength(200)] string? BasicUser = null,
    [property: StringLength(500)] string? BasicPassword = null,
    [property: StringLength(4000)] string? BearerToken = null,
    [property: StringLength(200)] string? ExpectedStatus = null,
    [property: StringLength(1000)] string? BodyContains = null,
    [property: StringLength(1000)] string? BodyNotContains = null,
    [property: StringLength(1000)] string? BodyRegex = null,
    [property: StringLength(200)] string? JsonPath = null,
    [property: StringLength(1000)] string? JsonEquals = null,
    [property: Range(1, 120_000)] int? DegradedAboveMs = null,
    bool FollowRedirects = true,
    bool VerifyTls = true);

/// <summary>A TCP check: connect, optionally send a line and expect an answer.</summary>
/// <param name="Host">Host name or address.</param>
/// <param name="Port">Port, 1–65535.</param>
/// <param name="Send">Text sent once connected (escape sequences \r and \n are sent as such).</param>
/// <param name="Expect">Text the answer must contain.</param>
/// <param name="DegradedAboveMs">A connect (and answer) slower than this many milliseconds is degraded.</param>
public sealed record TcpCheckSettings(
    [property: Required, StringLength(253, MinimumLength = 1)] string Host,
    [property: Range(1, 65_535)] int Port,
    [property: StringLength(1000)] string? Send = null,
    [property: StringLength(1000)] string? Expect = null,
    [property: Range(1, 120_000)] int? DegradedAboveMs = null);
