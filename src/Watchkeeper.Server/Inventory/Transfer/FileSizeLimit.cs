using Microsoft.AspNetCore.Http.Metadata;

namespace Watchkeeper.Server.Inventory.Transfer;

/// <summary>Lets an endpoint that takes files accept more than the API's usual body limit.</summary>
public sealed class FileSizeLimit(long bytes) : IRequestSizeLimitMetadata
{
    public long? MaxRequestBodySize => bytes;
}
