using Watchkeeper.Server.Platform.Organizations;

namespace Watchkeeper.Server.Platform.Authorization;

/// <summary>What the caller may do, in the one organization the request acts in.</summary>
public sealed record Access(
    long? UserId,
    long? TokenId,
    string ActorName,
    Organization Organization,
    long? RoleId,
    string? RoleName,
    IReadOnlySet<string> Permissions,
    bool InstanceAdministrator)
{
    public long OrganizationId => Organization.Id;

    public bool Has(string permission) => Roles.Permissions.Grants(Permissions, permission);
}
