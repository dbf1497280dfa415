using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.Items;

namespace Watchkeeper.Server.Inventory.Search;

/// <summary>Any configuration item by its name.</summary>
public sealed class NameSource : SearchSource
{
    public override string Field => "name";

    public override TrigramIndex Trigrams => TrigramIndex.ItemName;

    public override IQueryable<SearchRow> Rows(WatchkeeperDb db, long organizationId) =>
        db.ConfigurationItems.Where(i => i.OrganizationId == organizationId).Select(i => new SearchRow { ItemId = i.Id, Value = i.Name });
}

/// <summary>Items by tag: <c>tag:web</c> asks this source alone, and plain text that matches a tag finds it too.</summary>
public sealed class TagSource : SearchSource
{
    public override string Field => "tag";

    public override bool Applies(SearchTerm term) => true;

    public override IQueryable<SearchRow> Rows(WatchkeeperDb db, long organizationId) =>
        db.Set<ItemTag>().Where(t => t.OrganizationId == organizationId).Select(t => new SearchRow { ItemId = t.ItemId, Value = t.Name });
}
