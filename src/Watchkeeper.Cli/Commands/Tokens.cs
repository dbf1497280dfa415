using Watchkeeper.Contracts;
using Watchkeeper.Contracts.Client;

namespace Watchkeeper.Cli.Commands;

public static class Tokens
{
    /// <summary>
    /// The id of the token with this secret, found by its visible prefix, since the API has no
    /// "current token" endpoint; null when the token cannot see itself in the list (a service token).
    /// </summary>
    public static async Task<long?> FindIdAsync(WatchkeeperClient client, string secret, CancellationToken cancellationToken)
    {
        var tokens = WatchkeeperClient.ReadAllAsync(
            (cursor, ct) => client.ListTokensAsync(new ListQuery(Limit: 500, Cursor: cursor), all: true, cancellationToken: ct), cancellationToken);
        await foreach (var token in tokens)
        {
            if (secret.StartsWith(token.Prefix, StringComparison.Ordinal))
            {
                return token.Id;
            }
        }
        return null;
    }
}
