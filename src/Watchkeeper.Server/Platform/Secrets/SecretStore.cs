using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Platform.Secrets;

/// <summary>
/// Keeps module credentials encrypted at rest. Values go in and come out only through
/// here; nothing that reads a secret returns it through the API or writes it to a log.
/// </summary>
public sealed class SecretStore(WatchkeeperDb db, IDataProtectionProvider protection, TimeProvider clock)
{
    private readonly IDataProtector protector = protection.CreateProtector("Watchkeeper.Secrets.v1");

    /// <summary>Stages the secret in the context; the caller's SaveChanges commits it with the change that needs it.</summary>
    public async Task SetAsync(long organizationId, string name, string value, CancellationToken cancellationToken = default)
    {
        var ciphertext = protector.Protect($"{organizationId}/{name}\n{value}");
        var existing = await db.Secrets.SingleOrDefaultAsync(s => s.OrganizationId == organizationId && s.Name == name, cancellationToken);
        if (existing is null)
        {
            db.Secrets.Add(new StoredSecret { OrganizationId = organizationId, Name = name, Ciphertext = ciphertext, UpdatedAt = clock.GetUtcNow() });
        }
        else
        {
            existing.Ciphertext = ciphertext;
            existing.UpdatedAt = clock.GetUtcNow();
        }
    }

    public async Task<string?> GetAsync(long organizationId, string name, CancellationToken cancellationToken = default)
    {
        var stored = await db.Secrets.AsNoTracking()
            .SingleOrDefaultAsync(s => s.OrganizationId == organizationId && s.Name == name, cancellationToken);
        if (stored is null)
        {
            return null;
        }
        // The plaintext carries its own address, so a ciphertext copied to another row is refused.
        var plain = protector.Unprotect(stored.Ciphertext);
        var newline = plain.IndexOf('\n', StringComparison.Ordinal);
        return plain[..newline] == $"{organizationId}/{name}" ? plain[(newline + 1)..] : null;
    }

    public async Task<bool> DeleteAsync(long organizationId, string name, CancellationToken cancellationToken = default) =>
        await db.Secrets.Where(s => s.OrganizationId == organizationId && s.Name == name).ExecuteDeleteAsync(cancellationToken) > 0;
}
