namespace Watchkeeper.Server.Platform.Secrets;

/// <summary>One key of the shared Data Protection key ring (PostgreSQL only), encrypted with the master key when one is set.</summary>
public sealed class DataProtectionKey
{
    public long Id { get; set; }
    public string? FriendlyName { get; set; }
    public required string Xml { get; set; }
}
