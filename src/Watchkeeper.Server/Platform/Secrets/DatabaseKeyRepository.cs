using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Platform.Secrets;

/// <summary>
/// Keeps the Data Protection key ring in the database, so every node of a cluster protects and
/// reads cookies, antiforgery tokens and stored secrets with the same keys. A node that meets a
/// key it does not know yet (made by another node) reloads the ring from here.
/// </summary>
public sealed class DatabaseKeyRepository(IServiceScopeFactory scopes) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WatchkeeperDb>();
        return db.DataProtectionKeys.OrderBy(k => k.Id).Select(k => k.Xml).AsEnumerable().Select(XElement.Parse).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WatchkeeperDb>();
        db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        db.SaveChanges();
    }
}
