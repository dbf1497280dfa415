using Microsoft.EntityFrameworkCore;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Inventory.Transfer;

/// <summary>Another object as a file names it: its natural key text, within a scope (a rack within its site).</summary>
public sealed record ReferenceName(long Id, string? Scope, string Text);

/// <summary>
/// A request field that holds another object's id, written in files by that object's natural key
/// (<c>siteId</c> becomes the column <c>site</c> with the site's name). The names are read once per
/// import and only from the caller's organization, so another organization's objects are "not found".
/// </summary>
/// <param name="Parameter">The request field holding the id (<c>SiteId</c>).</param>
/// <param name="Column">The file column (<c>site</c>).</param>
/// <param name="Noun">How messages name the referenced type.</param>
/// <param name="Names">The organization's referenced objects by name.</param>
/// <param name="ScopeColumn">The column whose text scopes the name, when names are unique only inside something.</param>
public sealed record TransferReference(
    string Parameter, string Column, string Noun, Func<WatchkeeperDb, long, IQueryable<ReferenceName>> Names, string? ScopeColumn = null)
{
    public async Task<ReferenceIndex> LoadAsync(WatchkeeperDb db, long organizationId, CancellationToken ct) =>
        new(this, await Names(db, organizationId).AsNoTracking().ToListAsync(ct));
}

/// <summary>One reference's names loaded for an import or export: text to id and back.</summary>
public sealed class ReferenceIndex(TransferReference reference, IReadOnlyList<ReferenceName> names)
{
    private readonly Dictionary<long, ReferenceName> byId = names.ToDictionary(n => n.Id);
    private readonly ILookup<string, ReferenceName> byText = names.ToLookup(n => n.Text, StringComparer.Ordinal);

    public TransferReference Reference => reference;

    public string? TextOf(long? id) => id is { } known ? byId.GetValueOrDefault(known)?.Text : null;

    /// <summary>The scope the object is named within (its device, its site).</summary>
    public string? ScopeOf(long? id) => id is { } known ? byId.GetValueOrDefault(known)?.Scope : null;

    /// <returns>The id, or null with <paramref name="problem"/> saying why.</returns>
    public long? Find(string text, string? scope, out string? problem)
    {
        var candidates = byText[text].Where(n => scope is null || n.Scope == scope).ToList();
        problem = candidates.Count switch
        {
            1 => null,
            0 when scope is not null => $"No {reference.Noun} named '{text}' in '{scope}' exists in this organization.",
            0 => $"No {reference.Noun} named '{text}' exists in this organization.",
            _ when reference.ScopeColumn is not null => $"Several {reference.Noun}s are named '{text}'; fill in the {reference.ScopeColumn} column to choose one.",
            _ => $"Several {reference.Noun}s are named '{text}'; rename one of them to tell them apart.",
        };
        return problem is null ? candidates[0].Id : null;
    }
}
