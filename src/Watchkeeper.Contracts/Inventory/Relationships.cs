using System.ComponentModel.DataAnnotations;

namespace Watchkeeper.Contracts;

/// <summary>
/// How a source item relates to its target. For the dependency types (runs-on, hosted-in,
/// depends-on, uses) the source relies on the target, so the target's failure impacts the source.
/// </summary>
public enum RelationshipType
{
    /// <summary>The source runs on the target (a VM on a hypervisor, an application on a server).</summary>
    RunsOn,
    /// <summary>The source is hosted in the target (a server in a cloud account or cluster).</summary>
    HostedIn,
    /// <summary>The source needs the target to work.</summary>
    DependsOn,
    /// <summary>The source is cabled to the target; informational for impact.</summary>
    ConnectedTo,
    /// <summary>The source is a member of the target; members of a redundancy group count toward its minimum.</summary>
    MemberOf,
    /// <summary>The source uses the target (a service its consumers call).</summary>
    Uses,
    /// <summary>The target holds the source's backups; informational for impact.</summary>
    BackedUpBy,
}

/// <summary>Which of an item's relationships to list.</summary>
public enum RelationshipDirection
{
    /// <summary>Both directions.</summary>
    Both,
    /// <summary>Where the item is the source.</summary>
    Outgoing,
    /// <summary>Where the item is the target.</summary>
    Incoming,
}

/// <summary>A configuration item as other objects mention it.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="Kind">Kind.</param>
/// <param name="Name">Name.</param>
public sealed record ItemRef(long Id, CiKind Kind, string Name);

/// <summary>A typed, directed relationship between two configuration items.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="Source">The item the relationship starts at.</param>
/// <param name="Target">The item it points at.</param>
/// <param name="Type">What the relationship means.</param>
/// <param name="CreatedAt">When it was recorded.</param>
public sealed record RelationshipDto(long Id, ItemRef Source, ItemRef Target, RelationshipType Type, DateTimeOffset CreatedAt);

/// <summary>Records a relationship.</summary>
/// <param name="SourceId">The source item.</param>
/// <param name="TargetId">The target item (another item of the organization; a redundancy group for "any N of these").</param>
/// <param name="Type">What the relationship means.</param>
public sealed record RelationshipRequest(long SourceId, long TargetId, RelationshipType Type);

/// <summary>Filters for the relationship list.</summary>
/// <param name="ItemId">Only relationships of this item.</param>
/// <param name="Direction">With <c>itemId</c>: outgoing, incoming or both (default).</param>
/// <param name="Type">Only this type.</param>
public sealed record RelationshipFilter(long? ItemId = null, RelationshipDirection? Direction = null, RelationshipType? Type = null);

/// <summary>A redundancy group: a dependency on it holds while at least <c>MinimumHealthy</c> members work.</summary>
/// <param name="Id">Identifier (a configuration item id).</param>
/// <param name="Name">Name, unique among the organization's groups.</param>
/// <param name="MinimumHealthy">Members that must work for the group to be up.</param>
/// <param name="Description">Free text.</param>
/// <param name="Members">The items that are member-of the group.</param>
/// <param name="Version">Concurrency version; sent back as the ETag.</param>
public sealed record RedundancyGroupDto(long Id, string Name, int MinimumHealthy, string? Description, IReadOnlyList<ItemRef> Members, int Version);

/// <summary>Creates a redundancy group, or replaces its fields (<c>PUT</c>). Members are added as member-of relationships.</summary>
/// <param name="Name">Name.</param>
/// <param name="MinimumHealthy">Members that must work (at least 1).</param>
/// <param name="Description">Free text.</param>
public sealed record RedundancyGroupRequest(
    [property: Required, StringLength(100, MinimumLength = 1)] string Name,
    [property: Range(1, 1000)] int MinimumHealthy = 1,
    [property: StringLength(1000)] string? Description = null);
