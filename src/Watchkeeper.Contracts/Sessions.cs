namespace Watchkeeper.Contracts;

/// <summary>A signed-in browser session of the caller.</summary>
/// <param name="Id">Identifier, to end this session.</param>
/// <param name="CreatedAt">When the session signed in.</param>
/// <param name="LastSeenAt">Last request of the session (kept to the minute).</param>
/// <param name="IpAddress">Address it signed in from.</param>
/// <param name="UserAgent">The browser's user agent.</param>
/// <param name="Current">True for the session that makes this request.</param>
public sealed record SessionDto(Guid Id, DateTimeOffset CreatedAt, DateTimeOffset LastSeenAt, string? IpAddress, string? UserAgent, bool Current);
