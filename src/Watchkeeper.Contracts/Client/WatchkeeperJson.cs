using System.Text.Json;
using System.Text.Json.Serialization;

namespace Watchkeeper.Contracts.Client;

/// <summary>The JSON conventions of the Watchkeeper API: web-style camelCase names and enums as strings.</summary>
public static class WatchkeeperJson
{
    /// <summary>Serializer options matching the server's; use them to read or write API payloads.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
