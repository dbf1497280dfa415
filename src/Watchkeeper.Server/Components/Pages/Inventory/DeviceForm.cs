using Watchkeeper.Contracts;

namespace Watchkeeper.Server.Components.Pages.Inventory;

/// <summary>The device dialog's editable copy of a <see cref="DeviceRequest"/> (form inputs need settable properties).</summary>
public sealed class DeviceForm
{
    public string Name { get; set; } = "";
    public DeviceKind Kind { get; set; }
    public LifecycleStatus Status { get; set; }
    public DeploymentEnvironment? Environment { get; set; }
    public Criticality? Criticality { get; set; }
    public long? OwnerTeamId { get; set; }
    public string? Description { get; set; }
    public long? DeviceTypeId { get; set; }
    public string? Hostname { get; set; }
    public string? Fqdn { get; set; }
    public string? Serial { get; set; }
    public string? AssetTag { get; set; }
    public string? PrimaryIp { get; set; }
    public string? OsName { get; set; }
    public string? OsVersion { get; set; }
    public int? CpuCores { get; set; }
    public int? MemoryMb { get; set; }
    public int? DiskGb { get; set; }
    public long? SiteId { get; set; }
    public long? RackId { get; set; }
    public int? Position { get; set; }
    public RackFace? Face { get; set; }
    public string? CloudProvider { get; set; }
    public string? CloudAccount { get; set; }
    public string? CloudRegion { get; set; }
    public DateTime? PurchaseDate { get; set; }
    public DateTime? WarrantyEnd { get; set; }

    public long? SupportContractId { get; set; }

    /// <summary>Custom field values by key, as typed.</summary>
    public Dictionary<string, string?> CustomFields { get; set; } = [];

    /// <summary>Tags as typed: separated by commas or spaces.</summary>
    public string? Tags { get; set; }

    public static DeviceForm From(DeviceRequest r) => new()
    {
        Name = r.Name, Kind = r.Kind, Status = r.Status, Environment = r.Environment, Criticality = r.Criticality, OwnerTeamId = r.OwnerTeamId,
        Description = r.Description, DeviceTypeId = r.DeviceTypeId, Hostname = r.Hostname, Fqdn = r.Fqdn, Serial = r.Serial, AssetTag = r.AssetTag,
        PrimaryIp = r.PrimaryIp, OsName = r.OsName, OsVersion = r.OsVersion, CpuCores = r.CpuCores, MemoryMb = r.MemoryMb, DiskGb = r.DiskGb,
        SiteId = r.SiteId, RackId = r.RackId, Position = r.Position, Face = r.Face, CloudProvider = r.CloudProvider, CloudAccount = r.CloudAccount,
        CloudRegion = r.CloudRegion, PurchaseDate = r.PurchaseDate?.ToDateTime(TimeOnly.MinValue), WarrantyEnd = r.WarrantyEnd?.ToDateTime(TimeOnly.MinValue),
        Tags = string.Join(", ", r.Tags ?? []), SupportContractId = r.SupportContractId,
        CustomFields = r.CustomFields?.ToDictionary(f => f.Key, f => f.Value) ?? [],
    };

    public DeviceRequest ToRequest() => new(
        Name, Kind, Status, Environment, Criticality, OwnerTeamId, Description, DeviceTypeId, Hostname, Fqdn, Serial, AssetTag, PrimaryIp,
        OsName, OsVersion, CpuCores, MemoryMb, DiskGb, SiteId, RackId, Position, Face, CloudProvider, CloudAccount, CloudRegion,
        Date(PurchaseDate), Date(WarrantyEnd), (Tags ?? "").Split([',', ' '], StringSplitOptions.RemoveEmptyEntries), SupportContractId, CustomFields);

    private static DateOnly? Date(DateTime? value) => value is { } v ? DateOnly.FromDateTime(v) : null;
}
