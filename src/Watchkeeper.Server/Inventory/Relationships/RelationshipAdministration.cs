using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform;

namespace Watchkeeper.Server.Inventory.Relationships;

/// <summary>
/// Records and removes relationships between the items of one organization. A relationship is never
/// changed: it is its two ends and its type, so another one is created and the old one deleted.
/// </summary>
public sealed class RelationshipAdministration(WatchkeeperDb db, TimeProvider clock) : InventoryAdministration<Relationship, RelationshipRequest>(db)
{
    public override string Noun => "Relationship";

    protected override Relationship New(long organizationId) => new() { OrganizationId = organizationId, CreatedAt = clock.GetUtcNow() };

    protected override IVersioned VersionOf(Relationship entity) =>
        throw new NotSupportedException("Relationships are created and deleted, never updated.");

    protected override async Task<OperationError?> ApplyAsync(Relationship relationship, RelationshipRequest request, CancellationToken ct)
    {
        if (await CheckAsync(relationship.OrganizationId, request, ct) is { } error)
        {
            return error;
        }
        (relationship.SourceId, relationship.TargetId, relationship.Type) = (request.SourceId, request.TargetId, request.Type);
        return null;
    }

    protected override Task<string?> StillUsedAsync(Relationship relationship, CancellationToken ct) => Task.FromResult(relationship.Type == RelationshipType.ConnectedTo
        ? "Connected-to is derived from cables; disconnect the cables between the two devices instead."
        : null);

    /// <summary>
    /// Marks every relationship of an item for removal with it. The foreign keys would cascade,
    /// but explicitly removed rows are on the audit record.
    /// </summary>
    public static async Task RemoveAllOfAsync(WatchkeeperDb db, long itemId, CancellationToken ct) =>
        db.Relationships.RemoveRange(await db.Relationships.Where(r => r.SourceId == itemId || r.TargetId == itemId).ToListAsync(ct));

    private async Task<OperationError?> CheckAsync(long organizationId, RelationshipRequest request, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var ends = await Db.ConfigurationItems.Where(i => i.OrganizationId == organizationId && (i.Id == request.SourceId || i.Id == request.TargetId))
            .Select(i => new { i.Id, i.Kind }).ToListAsync(ct);
        if (ends.All(e => e.Id != request.SourceId))
        {
            errors.Add("sourceId", "No configuration item with that id exists in this organization.");
        }
        if (ends.All(e => e.Id != request.TargetId))
        {
            errors.Add("targetId", "No configuration item with that id exists in this organization.");
        }
        if (request.SourceId == request.TargetId)
        {
            errors.Add("targetId", "An item cannot have a relationship with itself.");
        }
        if (ends.Any(e => e.Id == request.SourceId && e.Kind == CiKind.RedundancyGroup))
        {
            // A group has no behaviour of its own; what it relies on is what its members rely on.
            errors.Add("sourceId", "A redundancy group cannot be the source of a relationship; relate its members instead.");
        }
        if (request.Type == RelationshipType.ConnectedTo)
        {
            errors.Add("type", "Connected-to is derived from cables; connect a cable between the two devices' interfaces instead.");
        }
        if (!errors.Any && await Db.Relationships.AnyAsync(r => r.SourceId == request.SourceId && r.TargetId == request.TargetId && r.Type == request.Type, ct))
        {
            errors.Add("type", $"These items are already related as {request.Type}.");
        }
        return errors.ToError();
    }
}
