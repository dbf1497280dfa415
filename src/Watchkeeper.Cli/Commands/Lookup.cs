using System.Globalization;
using Watchkeeper.Cli.Hosting;
using Watchkeeper.Contracts;
using Watchkeeper.Contracts.Client;

namespace Watchkeeper.Cli.Commands;

/// <summary>Lets people name things as they know them: a user by e-mail, a role or team by name, or any of them by id.</summary>
public static class Lookup
{
    public static async Task<long> UserAsync(WatchkeeperClient client, string reference, CancellationToken cancellationToken)
    {
        if (Id(reference) is { } id)
        {
            return id;
        }
        var page = await client.ListUsersAsync(new ListQuery(Limit: 500, Q: reference), cancellationToken: cancellationToken);
        return page.Items.FirstOrDefault(u => Same(u.Email, reference))?.Id
            ?? throw new CliException($"No user with the e-mail address '{reference}' in this organization.");
    }

    public static async Task<IReadOnlyList<long>> UsersAsync(WatchkeeperClient client, IEnumerable<string> references, CancellationToken cancellationToken)
    {
        var ids = new List<long>();
        foreach (var reference in references)
        {
            ids.Add(await UserAsync(client, reference, cancellationToken));
        }
        return ids;
    }

    /// <summary>A role's id; naming it by name needs <c>platform.roles.read</c>, an id does not.</summary>
    public static async Task<long> RoleAsync(WatchkeeperClient client, string reference, CancellationToken cancellationToken)
    {
        if (Id(reference) is { } id)
        {
            return id;
        }
        var roles = await client.ListRolesAsync(cancellationToken);
        return roles.Items.FirstOrDefault(r => Same(r.Name, reference))?.Id
            ?? throw new CliException($"No role named '{reference}' in this organization; 'wk roles list' shows them.");
    }

    public static async Task<long> TeamAsync(WatchkeeperClient client, string reference, CancellationToken cancellationToken)
    {
        if (Id(reference) is { } id)
        {
            return id;
        }
        var page = await client.ListTeamsAsync(new ListQuery(Limit: 500, Q: reference), cancellationToken);
        return page.Items.FirstOrDefault(t => Same(t.Name, reference))?.Id
            ?? throw new CliException($"No team named '{reference}' in this organization.");
    }

    /// <summary>
    /// The id of the token with this secret, found by its visible prefix, since the API has no
    /// "current token" endpoint; null when the token cannot see itself in the list (a service token).
    /// </summary>
    public static async Task<long?> TokenIdAsync(WatchkeeperClient client, string secret, CancellationToken cancellationToken)
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

    public static long? Id(string reference) =>
        long.TryParse(reference, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    private static bool Same(string a, string b) => string.Equals(a, b.Trim(), StringComparison.OrdinalIgnoreCase);
}
