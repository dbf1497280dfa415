using Microsoft.EntityFrameworkCore;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Organizations;
using Watchkeeper.Server.Platform.Roles;

namespace Watchkeeper.Server.Platform.Setup;

/// <summary>Brings the built-in roles in line with this version's catalog and creates the default organization.</summary>
public sealed class PlatformSeeder(WatchkeeperDb db, TimeProvider clock)
{
    public async Task SeedAsync(CancellationToken ct = default)
    {
        var existing = await db.Roles.Where(r => r.BuiltIn).ToDictionaryAsync(r => r.Name, ct);
        foreach (var (name, description, permissions) in BuiltInRoles.All)
        {
            if (!existing.TryGetValue(name, out var role))
            {
                role = new Role { Name = name, BuiltIn = true };
                db.Roles.Add(role);
            }
            role.Description = description;
            role.Permissions = permissions;
        }
        if (!await db.Organizations.AnyAsync(ct))
        {
            db.Organizations.Add(new Organization { Name = "Default organization", Slug = Organization.DefaultSlug, CreatedAt = clock.GetUtcNow() });
        }
        await db.SaveChangesAsync(ct);
    }
}
