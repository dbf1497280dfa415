using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Authorization;

namespace Watchkeeper.Server.Inventory.Network;

/// <summary>The read-only views of address space: the tree, utilization, and the next free prefix or address.</summary>
public static class PrefixSpaceEndpoints
{
    public static async Task<Results<Ok<IReadOnlyList<PrefixTreeNodeDto>>, ValidationProblem>> TreeAsync(
        long? vrfId, string? within, int? depth, CurrentAccess current, PrefixUsage usage, CancellationToken ct)
    {
        var (block, errors) = PrefixEndpoints.ParseWithin(within);
        if (errors is not null)
        {
            return Problems.Fields(errors);
        }
        if (depth is < 1)
        {
            return Problems.Field("depth", "Give a depth of 1 or more (1: only the top level), or leave it out for the whole tree.");
        }
        var access = await current.RequireAsync(ct);
        return TypedResults.Ok(await usage.TreeAsync(access.OrganizationId, vrfId ?? 0, block, depth, ct));
    }

    /// <summary>At most this many free ranges are listed: a sparse IPv6 prefix would otherwise answer with thousands.</summary>
    public const int FreeRangeLimit = 64;

    public static async Task<Results<Ok<IReadOnlyList<FreeSpaceDto>>, ProblemHttpResult>> FreeRangesAsync(
        long id, CurrentAccess current, WatchkeeperDb db, PrefixUsage usage, CancellationToken ct) =>
        await LoadAsync(db, current, id, ct) is { } prefix
            ? TypedResults.Ok<IReadOnlyList<FreeSpaceDto>>([.. (await usage.FreeRangesAsync(prefix, FreeRangeLimit, ct)).Select(b => new FreeSpaceDto(b.ToString()))])
            : Problems.NotFound("Prefix");

    public static async Task<Results<Ok<PrefixUtilizationDto>, ProblemHttpResult>> UtilizationAsync(
        long id, CurrentAccess current, WatchkeeperDb db, PrefixUsage usage, CancellationToken ct) =>
        await LoadAsync(db, current, id, ct) is { } prefix ? TypedResults.Ok(await usage.UtilizationAsync(prefix, ct)) : Problems.NotFound("Prefix");

    public static async Task<Results<Ok<FreeSpaceDto>, ValidationProblem, ProblemHttpResult>> NextFreePrefixAsync(
        long id, int? length, CurrentAccess current, WatchkeeperDb db, PrefixUsage usage, CancellationToken ct)
    {
        if (await LoadAsync(db, current, id, ct) is not { } prefix)
        {
            return Problems.NotFound("Prefix");
        }
        var width = prefix.Family == IpFamily.IPv4 ? 32 : 128;
        if (length is not { } wanted || wanted < prefix.Length || wanted > width)
        {
            return Problems.Field("length", $"Give a length from {prefix.Length} to {width} for a prefix inside {prefix.Cidr}.");
        }
        return await usage.NextFreePrefixAsync(prefix, wanted, ct) is { } free
            ? TypedResults.Ok(new FreeSpaceDto(free.ToString()))
            : Problems.Conflict($"{prefix.Cidr} has no free /{wanted} left.");
    }

    public static async Task<Results<Ok<FreeSpaceDto>, ProblemHttpResult>> NextFreeAddressAsync(
        long id, CurrentAccess current, WatchkeeperDb db, PrefixUsage usage, CancellationToken ct)
    {
        if (await LoadAsync(db, current, id, ct) is not { } prefix)
        {
            return Problems.NotFound("Prefix");
        }
        var block = PrefixQueries.BlockOf(prefix);
        return await usage.NextFreeAddressAsync(prefix, ct) is { } free
            ? TypedResults.Ok(new FreeSpaceDto($"{block.Address(free)}/{block.Length}"))
            : Problems.Conflict($"{prefix.Cidr} has no free address left.");
    }

    private static async Task<IpPrefix?> LoadAsync(WatchkeeperDb db, CurrentAccess current, long id, CancellationToken ct)
    {
        var access = await current.RequireAsync(ct);
        return await db.IpPrefixes.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id && p.OrganizationId == access.OrganizationId, ct);
    }
}
