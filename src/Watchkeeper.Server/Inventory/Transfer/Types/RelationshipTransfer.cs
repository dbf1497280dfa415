using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.Relationships;

namespace Watchkeeper.Server.Inventory.Transfer.Types;

/// <summary>
/// Relationships, by source, type and target, each end named as its item; a row is either there
/// already or created. Connected-to is left out: it follows the cables, which have their own file.
/// </summary>
public sealed class RelationshipTransfer : TransferType<Relationship, RelationshipRequest, RelationshipAdministration>
{
    public override string Name => "relationships";

    public override IReadOnlyList<string[]> Keys { get; } = [["source", "type", "target"]];

    public override IReadOnlyList<TransferReference> References { get; } = [ReferenceColumns.Item("SourceId", "source"), ReferenceColumns.Item("TargetId", "target")];

    public override IQueryable<Relationship> Rows(WatchkeeperDb db, long organizationId) =>
        db.Relationships.Where(r => r.OrganizationId == organizationId && r.Type != RelationshipType.ConnectedTo);

    public override RelationshipRequest ToRequest(Relationship e) => new(e.SourceId, e.TargetId, e.Type);
}
