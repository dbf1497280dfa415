using System.CommandLine;
using Watchkeeper.Cli.Hosting;
using Watchkeeper.Contracts;
using Watchkeeper.Contracts.Client;

namespace Watchkeeper.Cli.Commands;

/// <summary>The paging options every list command shares, and fetching one page or all of them.</summary>
public sealed class ListOptions
{
    private readonly Option<int?> limit = new("--limit") { Description = "Items per page (1–500, default 50)" };
    private readonly Option<string?> cursor = new("--cursor") { Description = "Continue from a previous page's cursor" };
    private readonly Option<bool> all = new("--all") { Description = "Fetch every page" };
    private readonly Option<string?>? sort;
    private readonly Option<string?>? search;

    /// <param name="command">The list command to add the options to.</param>
    /// <param name="sortFields">Fields the list sorts by; null when it has no sort.</param>
    /// <param name="searchable">Whether the list has a free-text filter.</param>
    public ListOptions(Command command, string? sortFields = null, bool searchable = false)
    {
        command.With(limit, cursor, all);
        if (sortFields is not null)
        {
            sort = new Option<string?>("--sort") { Description = $"Sort by {sortFields}; prefix '-' for descending" };
            command.Add(sort);
        }
        if (searchable)
        {
            search = new Option<string?>("--search", "-q") { Description = "Only items matching this text" };
            command.Add(search);
        }
    }

    public async Task<Page<T>> FetchAsync<T>(Session session, Func<ListQuery, CancellationToken, Task<Page<T>>> fetch, CancellationToken cancellationToken)
    {
        var query = new ListQuery(session.Value(limit), session.Value(cursor), sort is null ? null : session.Value(sort), search is null ? null : session.Value(search));
        if (!session.Value(all))
        {
            return await fetch(query, cancellationToken);
        }
        var items = new List<T>();
        await foreach (var item in WatchkeeperClient.ReadAllAsync((next, ct) => fetch(query with { Cursor = next ?? query.Cursor }, ct), cancellationToken))
        {
            items.Add(item);
        }
        return new Page<T>(items, null);
    }
}
