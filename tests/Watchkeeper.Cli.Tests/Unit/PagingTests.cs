using Watchkeeper.Contracts;
using Watchkeeper.Contracts.Client;

namespace Watchkeeper.Cli.Tests.Unit;

public sealed class PagingTests
{
    [Fact]
    public async Task Reading_all_pages_follows_each_cursor_until_there_is_none()
    {
        var pages = new Dictionary<string, Page<int>>
        {
            [""] = new([1, 2], "a"),
            ["a"] = new([3, 4], "b"),
            ["b"] = new([5], null),
        };
        var asked = new List<string?>();

        var items = await WatchkeeperClient.ReadAllAsync<int>((cursor, _) =>
        {
            asked.Add(cursor);
            return Task.FromResult(pages[cursor ?? ""]);
        }).ToListAsync();

        Assert.Equal([1, 2, 3, 4, 5], items);
        Assert.Equal([null, "a", "b"], asked);
    }

    [Fact]
    public void The_query_string_carries_only_what_is_set() =>
        Assert.Equal("?limit=10&q=a%20b&role=Viewer", new ListQuery(Limit: 10, Q: "a b").ToQueryString(("role", "Viewer"), ("disabled", null)));

    [Fact]
    public void An_etag_is_the_quoted_version() => Assert.Equal("\"3\"", ETag.Of(3));
}
