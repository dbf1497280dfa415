using System.Text.Json;
using Watchkeeper.Contracts.Client;

namespace Watchkeeper.Contracts;

/// <summary>Turning a check as shown back into the request that keeps it as it is.</summary>
public static class CheckRequests
{
    /// <summary>
    /// The request that saves the check unchanged: start from it and change what should change.
    /// Credentials are left out, which keeps the stored ones.
    /// </summary>
    /// <remarks>
    /// A check's answer has the request's fields under the same names, so reading it as a request
    /// carries every kind's settings without naming each kind here: a kind added later is kept too.
    /// </remarks>
    /// <param name="check">The check as the API answered it.</param>
    public static CheckRequest ToRequest(this CheckDto check)
    {
        var request = JsonSerializer.Deserialize<CheckRequest>(JsonSerializer.SerializeToUtf8Bytes(check, WatchkeeperJson.Options), WatchkeeperJson.Options)
            ?? throw new JsonException("A check did not read as a check request.");
        return request with { ItemId = check.Item?.Id };
    }
}
