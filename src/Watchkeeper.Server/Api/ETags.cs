using System.Globalization;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Api;

/// <summary>Optimistic concurrency over HTTP: GET answers an ETag, updates may send If-Match.</summary>
public static class ETags
{
    public static string Of(int version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    public static void Set(HttpContext context, IVersioned entity) => context.Response.Headers.ETag = Of(entity.Version);

    /// <summary>False when the request carries an If-Match that names another version.</summary>
    public static bool Matches(HttpContext context, IVersioned entity)
    {
        var ifMatch = context.Request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(ifMatch) || ifMatch.Trim() == "*")
        {
            return true;
        }
        var current = Of(entity.Version);
        return ifMatch.Split(',').Any(tag => tag.Trim().Replace("W/", "", StringComparison.Ordinal) == current);
    }
}
