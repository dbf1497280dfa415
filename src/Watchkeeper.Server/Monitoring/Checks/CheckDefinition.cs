using System.Text.Json;
using Watchkeeper.Contracts;

namespace Watchkeeper.Server.Monitoring.Checks;

/// <summary>Reads and writes a check's settings column, the same JSON the API uses, credentials always left out.</summary>
public static class CheckDefinition
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Write(CheckRequest request) => request.Kind switch
    {
        CheckKind.Http => JsonSerializer.Serialize(request.Http! with { BasicPassword = null, BearerToken = null }, Json),
        CheckKind.Tcp => JsonSerializer.Serialize(request.Tcp!, Json),
        _ => "{}",
    };

    public static HttpCheckSettings? Http(Check check) => check.Kind == CheckKind.Http ? JsonSerializer.Deserialize<HttpCheckSettings>(check.Settings, Json) : null;

    public static TcpCheckSettings? Tcp(Check check) => check.Kind == CheckKind.Tcp ? JsonSerializer.Deserialize<TcpCheckSettings>(check.Settings, Json) : null;
}
