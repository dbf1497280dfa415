using System.ComponentModel.DataAnnotations;

namespace Watchkeeper.Contracts;

/// <summary>A role: a named set of permissions. Built-in roles are shared by all organizations and cannot be changed.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="Name">Role name.</param>
/// <param name="Description">What the role is for.</param>
/// <param name="BuiltIn">True for the built-in roles.</param>
/// <param name="Permissions">Granted permissions.</param>
/// <param name="Version">Concurrency version; sent back as the ETag.</param>
public sealed record RoleDto(long Id, string Name, string? Description, bool BuiltIn, IReadOnlyList<string> Permissions, int Version);

/// <summary>Creates a custom role in the current organization, or replaces its fields on update.</summary>
/// <param name="Name">Role name, unique among the organization's roles.</param>
/// <param name="Description">What the role is for.</param>
/// <param name="Permissions">Permissions from <c>GET /api/v1/permissions</c>.</param>
public sealed record SaveRoleRequest(
    [property: Required, StringLength(100, MinimumLength = 1)] string Name,
    [property: StringLength(1000)] string? Description,
    [property: Required] IReadOnlyList<string> Permissions);

/// <summary>A permission of the catalog.</summary>
/// <param name="Name">Permission name, <c>module.resource.action</c>.</param>
/// <param name="Module">Module it belongs to.</param>
/// <param name="Description">What it allows.</param>
public sealed record PermissionDto(string Name, string Module, string Description);
