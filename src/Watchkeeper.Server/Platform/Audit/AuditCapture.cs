using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Platform.Audit;

/// <summary>Turns tracked changes to audited entities into audit entries with before/after values.</summary>
public static class AuditCapture
{
    // Secrets and bookkeeping never enter the log; lockout bookkeeping has its own security events.
    private static readonly HashSet<string> Hidden = new(StringComparer.Ordinal)
    {
        "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "SecretHash", "TokenHash", "Ciphertext", "Version",
        "NormalizedEmail", "NormalizedUserName", "AccessFailedCount", "LockoutEnd", "LastUsedAt",
    };

    public sealed record Pending(EntityEntry Entry, string Action, Dictionary<string, string?[]> Changes);

    /// <summary>Reads the changes before they are saved (afterwards the before-values are gone).</summary>
    public static List<Pending> Before(ChangeTracker tracker)
    {
        var pending = new List<Pending>();
        foreach (var entry in tracker.Entries().Where(e => e.Entity is IAudited))
        {
            var (verb, changes) = entry.State switch
            {
                EntityState.Added => ("created", Diff(entry, p => [null, Format(p.CurrentValue)])),
                EntityState.Deleted => ("deleted", Diff(entry, p => [Format(p.OriginalValue), null])),
                EntityState.Modified => ("updated", Diff(entry, p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)
                    ? [Format(p.OriginalValue), Format(p.CurrentValue)]
                    : null)),
                _ => (null, []),
            };
            if (verb is not null && (verb != "updated" || changes.Count > 0))
            {
                pending.Add(new Pending(entry, $"{TypeName(entry.Entity.GetType())}.{verb}", changes));
            }
        }
        return pending;
    }

    /// <summary>Builds the entries once the database has assigned the new objects' ids.</summary>
    public static List<AuditEntry> After(IEnumerable<Pending> pending, AuditActor actor, DateTimeOffset now) =>
        pending.Select(p =>
        {
            var audited = (IAudited)p.Entry.Entity;
            return new AuditEntry
            {
                At = now,
                Actor = actor.Name,
                ActorUserId = actor.UserId,
                IpAddress = actor.IpAddress,
                OrganizationId = audited.AuditOrganizationProperty is { } property ? (long?)p.Entry.Property(property).CurrentValue : audited.AuditOrganizationId,
                Action = p.Action,
                ObjectType = TypeName(p.Entry.Entity.GetType()),
                // Read through the entry: before the changes are accepted, new keys live only there.
                ObjectId = Format(p.Entry.Properties.First(x => x.Metadata.IsPrimaryKey()).CurrentValue),
                Changes = p.Changes.Count == 0 ? null : JsonSerializer.Serialize(p.Changes),
                PreviousHash = "",
                Hash = "",
            };
        }).ToList();

    public static string TypeName(Type type)
    {
        var name = new StringBuilder();
        foreach (var c in type.Name)
        {
            if (char.IsUpper(c) && name.Length > 0)
            {
                name.Append('_');
            }
            name.Append(char.ToLowerInvariant(c));
        }
        return name.ToString();
    }

    private static Dictionary<string, string?[]> Diff(EntityEntry entry, Func<PropertyEntry, string?[]?> change)
    {
        var changes = new Dictionary<string, string?[]>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            if (Hidden.Contains(property.Metadata.Name) || property.Metadata.IsPrimaryKey())
            {
                continue;
            }
            var value = change(property);
            if (value is not null && (value[0] is not null || value[1] is not null))
            {
                changes[JsonNamingPolicy.CamelCase.ConvertName(property.Metadata.Name)] = value;
            }
        }
        return changes;
    }

    private static string? Format(object? value) => value switch
    {
        null => null,
        DateTimeOffset d => d.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
