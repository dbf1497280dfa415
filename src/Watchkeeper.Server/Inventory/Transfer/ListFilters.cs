using Watchkeeper.Contracts;

namespace Watchkeeper.Server.Inventory.Transfer;

/// <summary>The list endpoints' filters read from an export's query string, with the same names and the same errors.</summary>
public static class ListFilters
{
    public static DeviceFilter Device(IQueryCollection query, FieldErrors errors) => new(
        Value<long>(query, "siteId", errors), Value<long>(query, "rackId", errors), Choice<DeviceKind>(query, "kind", errors),
        Choice<LifecycleStatus>(query, "status", errors), query["tag"].FirstOrDefault(), Value<long>(query, "supportContractId", errors));

    private static T? Value<T>(IQueryCollection query, string name, FieldErrors errors) where T : struct, IParsable<T>
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
        errors.Add(name, "Use a whole number.");
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
