using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Inventory.Search;

/// <summary>One searchable value of a configuration item: the item it belongs to and the text as stored.</summary>
public sealed class SearchRow
{
    public long ItemId { get; init; }
    public string Value { get; init; } = "";
}

/// <summary>
/// A place where a configuration item can be found by a value (its name, a serial, an address). Adding a source is
/// one small class registered with <see cref="SearchRegistration.AddSearchSource{TSource}"/>; the search ranks and merges
/// every source's hits alike. <see cref="Rows"/> must be filtered to the organization and leave out empty values.
/// </summary>
public abstract class SearchSource
{
    /// <summary>The name the hit reports as what matched, e.g. <c>serial</c>.</summary>
    public abstract string Field { get; }

    /// <summary>The organization's values, projected with member initialisers so the search can filter and order them in SQL.</summary>
    public abstract IQueryable<SearchRow> Rows(WatchkeeperDb db, long organizationId);

    /// <summary>The substring index over this source's column, where the rows are keyed by the item's id; null to compare every row.</summary>
    public virtual TrigramIndex? Trigrams => null;

    /// <summary>Whether this source takes part for the text; a <c>tag:</c> search asks only the tag source.</summary>
    public virtual bool Applies(SearchTerm term) => term.TagOnly is null;

    /// <summary>
    /// The rows that equal what was typed. By default the value as typed or in lower case, so the lookup stays an index
    /// seek; sources whose values have a canonical form (addresses) override it.
    /// </summary>
    public virtual IQueryable<SearchRow> Exact(WatchkeeperDb db, long organizationId, SearchTerm term)
    {
        var forms = new[] { term.Text, term.Text.ToLowerInvariant() };
        return Rows(db, organizationId).Where(r => forms.Contains(r.Value));
    }

    /// <summary>The rows that contain what was typed, in any case; <see cref="Trigrams"/> narrows them first where it can.</summary>
    public IQueryable<SearchRow> Containing(WatchkeeperDb db, long organizationId, SearchTerm term)
    {
        var rows = Rows(db, organizationId);
        var upper = term.Upper;
        return (Trigrams?.Narrow(db, rows, r => r.ItemId, upper) ?? rows).Where(r => r.Value.ToUpper().Contains(upper));
    }
}
