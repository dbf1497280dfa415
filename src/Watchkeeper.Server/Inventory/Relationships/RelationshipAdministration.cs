using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform;
using Watchkeeper.Server.Platform.Authorization;

namespace Watchkeeper.Server.Inventory.Relationships;

/// <summary>Records and removes relationships between the items of one organization.</summary>
public sealed class RelationshipAdministration(WatchkeeperDb db, TimeProvider clock)
{
    public async Task<Outcome<Relationship>> CreateAsync(Access access, RelationshipRequest request, CancellationToken ct)
    {
        if (await CheckAsync(access.OrganizationId, request, ct) is { } error)
        {
            return error;
        }
        var relationship = new Relationship
        {
            OrganizationId = access.OrganizationId, SourceId = request.SourceId, TargetId = request.TargetId,
            Type = request.Type, CreatedAt = clock.GetUtcNow(),
        };
        db.Relationships.Add(relationship);
        await db.SaveChangesAsync(ct);
        return relationship;
    }

    public async Task<Outcome<Done>> DeleteAsync(Access access, long id, CancellationToken ct)
    {
        var relationship = await db.Relationships.SingleOrDefaultAsync(r => r.Id == id && r.OrganizationId == access.OrganizationId, ct);
        if (relationship is null)
        {
            return OperationError.NotFound("Relationship");
        }
        if (relationship.Type == RelationshipType.ConnectedTo)
        {
            return OperationError.Conflict("Connected-to is derived from cables; disconnect the cables between the two devices instead.");
        }
        db.Relationships.Remove(relationship);
        await db.SaveChangesAsync(ct);
        return Done.Value;
    }

    /// <summary>
    /// Marks every relationship of an item for removal with it. The foreign keys would cascade,
    /// but explicitly removed rows are on the audit record.
    /// </summary>
    public static async Task RemoveAllOfAsync(WatchkeeperDb db, long itemId, CancellationToken ct) =>
        db.Relationships.RemoveRange(await db.Relationships.Where(r => r.SourceId == itemId || r.TargetId == itemId).ToListAsync(ct));

    private async Task<OperationError?> CheckAsync(long organizationId, RelationshipRequest request, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var ends = await db.ConfigurationItems.Where(i => i.OrganizationId == organizationId && (i.Id == request.SourceId || i.Id == request.TargetId))
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
        if (!errors.Any && await db.Relationships.AnyAsync(r => r.SourceId == request.SourceId && r.TargetId == request.TargetId && r.Type == request.Type, ct))
        {
            errors.Add("type", $"These items are already related as {request.Type}.");
        }
        return errors.ToError();
    }
}
