using System.Linq.Expressions;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Platform.Organizations;
using Watchkeeper.Server.Platform.Roles;

namespace Watchkeeper.Server.Platform.Identity;

/// <summary>Entity → API record projections, written as expressions so EF runs them in SQL.</summary>
public static class PlatformMapping
{
    public static OrganizationDto ToDto(this Organization o) => new(o.Id, o.Name, o.Slug, o.CreatedAt, o.Version);

    public static RoleDto ToDto(this Role r) => new(r.Id, r.Name, r.Description, r.BuiltIn, r.Permissions, r.Version);

    public static Expression<Func<Membership, UserDto>> MemberToDto => m => new UserDto(
        m.User.Id, m.User.Email!, m.User.DisplayName, new RoleRef(m.Role.Id, m.Role.Name), m.User.Disabled,
        m.User.TwoFactorEnabled, m.User.LockoutEnd, m.User.CreatedAt, m.User.Version);

    public static UserRef ToRef(this User u) => new(u.Id, u.DisplayName, u.Email!);
}
