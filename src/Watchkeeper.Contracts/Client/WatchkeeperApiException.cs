using System.Net;

namespace Watchkeeper.Contracts.Client;

/// <summary>The API answered with an error status; <see cref="Problem"/> holds what it said.</summary>
public sealed class WatchkeeperApiException : Exception
{
    /// <summary>Creates the exception from a parsed problem.</summary>
    /// <param name="problem">The problem details the server sent.</param>
    public WatchkeeperApiException(ApiProblem problem)
        : base(problem.Detail is null ? problem.Title : $"{problem.Title}: {problem.Detail}")
    {
        Problem = problem;
    }

    /// <summary>The HTTP status code.</summary>
    public HttpStatusCode StatusCode => (HttpStatusCode)Problem.Status;

    /// <summary>The parsed problem details.</summary>
    public ApiProblem Problem { get; }

    /// <summary>Short summary of the problem.</summary>
    public string Title => Problem.Title;

    /// <summary>Explanation specific to this occurrence, if any.</summary>
    public string? Detail => Problem.Detail;

    /// <summary>Validation messages keyed by JSON field name.</summary>
    public IReadOnlyDictionary<string, string[]> Errors => Problem.Errors;
}
