using System.Text.RegularExpressions;

namespace Watchkeeper.Server.Data.Cluster;

/// <summary>Channel names become PostgreSQL identifiers in LISTEN, so they are kept to a safe, lower-case form.</summary>
public static partial class ClusterChannels
{
    public static string Validate(string channel) => SafeName().IsMatch(channel)
        ? channel
        : throw new ArgumentException($"'{channel}' is not a valid signal channel: use lower-case letters, digits and underscores.", nameof(channel));

    [GeneratedRegex("^[a-z][a-z0-9_]{0,62}$")]
    private static partial Regex SafeName();
}
