using System.Globalization;

namespace Watchkeeper.Cli.Output;

/// <summary>How values read in human output: times in UTC, as the server stores them.</summary>
public static class Format
{
    public static string? Time(DateTimeOffset? value) =>
        value?.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string? Number(long? value) => value?.ToString(CultureInfo.InvariantCulture);

    public static string YesNo(bool value) => value ? "yes" : "no";

    public static string List(IEnumerable<string> values) => string.Join(", ", values);
}
