using Watchkeeper.Contracts;

namespace Watchkeeper.Server.Inventory.Devices;

/// <summary>A device type's interface templates, replaced as a list and matched by name so unchanged ones keep their rows.</summary>
public static class InterfaceTemplates
{
    public static void Check(IReadOnlyList<InterfaceTemplate>? templates, FieldErrors errors)
    {
        if (templates is null)
        {
            return;
        }
        if (templates.Any(t => string.IsNullOrWhiteSpace(t.Name) || t.Name.Trim().Length > 64))
        {
            errors.Add("interfaces", "Every interface template needs a name of 1 to 64 characters.");
        }
        var repeated = templates.GroupBy(t => t.Name?.Trim()).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (repeated.Count > 0)
        {
            errors.Add("interfaces", $"Interface names must be unique within the type: {string.Join(", ", repeated)}.");
        }
        if (templates.Any(t => t.SpeedMbps is < 0))
        {
            errors.Add("interfaces", "Interface speeds cannot be negative.");
        }
    }

    /// <summary>Null leaves the templates as they are, so clients that never heard of them do not erase them.</summary>
    public static void Apply(DeviceType type, IReadOnlyList<InterfaceTemplate>? templates)
    {
        if (templates is null)
        {
            return;
        }
        var wanted = templates.ToDictionary(t => t.Name.Trim(), StringComparer.Ordinal);
        type.Interfaces.RemoveAll(i => !wanted.ContainsKey(i.Name));
        foreach (var (name, template) in wanted)
        {
            var row = type.Interfaces.SingleOrDefault(i => i.Name == name);
            if (row is null)
            {
                row = new DeviceTypeInterface { OrganizationId = type.OrganizationId, Name = name };
                type.Interfaces.Add(row);
            }
            (row.Kind, row.SpeedMbps, row.ManagementOnly) = (template.Kind, template.SpeedMbps, template.ManagementOnly);
        }
    }
}
