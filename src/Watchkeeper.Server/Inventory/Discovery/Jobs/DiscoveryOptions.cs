namespace Watchkeeper.Server.Inventory.Discovery.Jobs;

/// <summary>Server settings under <c>Discovery:</c>.</summary>
public sealed class DiscoveryOptions
{
    /// <summary>
    /// Lets jobs target loopback and link-local addresses. Off in production: probing the server's own
    /// loopback services from the API would be a way around network boundaries.
    /// </summary>
    public bool AllowLoopback { get; set; }
}
