using Microsoft.AspNetCore.Http.HttpResults;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Platform;

namespace Watchkeeper.Server.Inventory;

/// <summary>Turns the outcome of an inventory change into the API's answer; every type answers alike.</summary>
public static class InventoryResults
{
    public static async Task<Results<Created<TDto>, ValidationProblem>> CreatedAsync<T, TDto>(
        Outcome<T> outcome, string path, Func<T, long> id, Func<long, Task<TDto>> load)
    {
        if (outcome.Error is { } error)
        {
            return Problems.Fields(error);
        }
        var created = id(outcome.Value!);
        return TypedResults.Created($"/api/v1/inventory/{path}/{created}", await load(created));
    }

    public static async Task<Results<Ok<TDto>, ValidationProblem, ProblemHttpResult>> UpdatedAsync<T, TDto>(
        Outcome<T> outcome, HttpContext http, long id, Func<long, Task<TDto>> load, Func<TDto, int> version)
    {
        if (outcome.Error is { } error)
        {
            return error.Fields is null ? Problems.Of(error) : Problems.Fields(error);
        }
        var dto = await load(id);
        http.Response.Headers.ETag = ETags.Of(version(dto));
        return TypedResults.Ok(dto);
    }

    public static Results<Ok<TDto>, ProblemHttpResult> Found<TDto>(TDto? dto, HttpContext http, string what, Func<TDto, int> version)
    {
        if (dto is null)
        {
            return Problems.NotFound(what);
        }
        http.Response.Headers.ETag = ETags.Of(version(dto));
        return TypedResults.Ok(dto);
    }

    public static Results<NoContent, ProblemHttpResult> Deleted(Outcome<Done> outcome) =>
        outcome.Error is { } error ? Problems.Of(error) : TypedResults.NoContent();
}
