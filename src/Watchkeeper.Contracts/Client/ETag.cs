using System.Globalization;

namespace Watchkeeper.Contracts.Client;

/// <summary>
/// Optimistic concurrency: an object's ETag is its quoted <c>Version</c>, so the version in a
/// DTO can be sent back as <c>If-Match</c> without keeping the GET's response headers.
/// </summary>
public static class ETag
{
    /// <summary>The ETag the server sends for an object at <paramref name="version"/>.</summary>
    /// <param name="version">The <c>Version</c> of a DTO.</param>
    public static string Of(int version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";
}
