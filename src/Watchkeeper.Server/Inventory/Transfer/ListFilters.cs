using Watchkeeper.Contracts;
using Watchkeeper.Server.Inventory.Network;
using Watchkeeper.Server.Inventory.Devices;
using Watchkeeper.Server.Inventory.Facilities;
using Watchkeeper.Server.Inventory.Vendors;

namespace Watchkeeper.Server.Inventory.Transfer;

/// <summary>The list endpoints' filters read from an export's query string, with the same names and the same errors.</summary>
public static class ListFilters
{
    public static DeviceFilter Device(IQueryCollection query, FieldErrors errors) => new(
        Value<long>(query, "siteId", errors), Value<long>(query, "rackId", errors), Choice<DeviceKind>(query, "kind", errors),
        Choice<LifecycleStatus>(query, "status", errors), query["tag"].FirstOrDefault(), Value<long>(query, "supportContractId", errors));

    public static ServiceFilter Service(IQueryCollection query, FieldErrors errors)
    {
        var tier = Value<int>(query, "tier", errors);
        if (tier is < 1 or > 4)
        {
            errors.Add("tier", "The tier is 1 (most critical) to 4.");
        }
        return new(Choice<ServiceKind>(query, "kind", errors), tier, Value<long>(query, "ownerTeamId", errors),
            Value<bool>(query, "visibleToRequesters", errors, "Use true or false."), Choice<LifecycleStatus>(query, "status", errors));
    }

    public static VlanFilter Vlan(IQueryCollection query, FieldErrors errors) =>
        new(Value<long>(query, "groupId", errors), Value<long>(query, "siteId", errors), Value<int>(query, "vid", errors));

    public static PrefixFilter Prefix(IQueryCollection query, FieldErrors errors) => new(
        Value<long>(query, "vrfId", errors), Choice<IpFamily>(query, "family", errors), Within(query, errors),
        Value<long>(query, "siteId", errors), Choice<PrefixStatus>(query, "status", errors));

    public static IpAddressFilter IpAddress(IQueryCollection query, FieldErrors errors) => new(
        Value<long>(query, "vrfId", errors), Choice<IpFamily>(query, "family", errors), Value<long>(query, "itemId", errors),
        Within(query, errors), Choice<IpAddressStatus>(query, "status", errors));

    /// <summary>The <c>within</c> block as the list endpoints read it; a bad one is the same field error.</summary>
    public static IpBlock? WithinBlock(string? within) => PrefixEndpoints.ParseWithin(within).Block;

    private static string? Within(IQueryCollection query, FieldErrors errors)
    {
        var text = query["within"].FirstOrDefault();
        if (PrefixEndpoints.ParseWithin(text).Errors is { } problems)
        {
            errors.Add("within", problems["within"][0]);
            return null;
        }
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }

    public static DeviceTypeFilter DeviceType(IQueryCollection query, FieldErrors errors)
    {
        var filter = new DeviceTypeFilter(query["manufacturer"].FirstOrDefault(), Value<int>(query, "heightU", errors));
        DeviceTypeQueries.Check(filter, errors);
        return filter;
    }

    public static SiteFilter Site(IQueryCollection query, FieldErrors errors)
    {
        var filter = new SiteFilter(query["timeZone"].FirstOrDefault());
        SiteQueries.Check(filter, errors);
        return filter;
    }

    public static VendorFilter Vendor(IQueryCollection query, FieldErrors errors) => new(Value<bool>(query, "hasContracts", errors, "Use true or false."));

    public static ContractFilter Contract(IQueryCollection query, FieldErrors errors)
    {
        const string date = "Use a date like 2026-01-31.";
        var filter = new ContractFilter(Value<long>(query, "vendorId", errors), Choice<ContractKind>(query, "kind", errors), Value<long>(query, "itemId", errors),
            Value<int>(query, "endingWithin", errors), Value<DateOnly>(query, "endFrom", errors, date), Value<DateOnly>(query, "endTo", errors, date));
        ContractQueries.Check(filter, errors);
        return filter;
    }

    private static T? Value<T>(IQueryCollection query, string name, FieldErrors errors, string problem = "Use a whole number.") where T : struct, IParsable<T>
    {
        var text = query[name].FirstOrDefault();
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (T.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        errors.Add(name, problem);
        return null;
    }

    private static T? Choice<T>(IQueryCollection query, string name, FieldErrors errors) where T : struct, Enum
    {
        var text = query[name].FirstOrDefault();
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (CellText.Parse(text, typeof(T), out var problem) is T value)
        {
            return value;
        }
        errors.Add(name, problem!);
        return null;
    }
}
