using System.CommandLine;
using Watchkeeper.Cli.Hosting;
using Watchkeeper.Contracts.Client;

namespace Watchkeeper.Cli.Commands;

/// <summary>Options several commands share, defined once so they read and behave alike.</summary>
public static class Options
{
    public static Option<int?> IfVersion() =>
        new("--if-version") { Description = "Refuse the change if the object is no longer at this version (optimistic concurrency)" };

    public static string? IfMatch(Session s, Option<int?> ifVersion) => s.Value(ifVersion) is { } v ? ETag.Of(v) : null;

    /// <summary>An option that may repeat (<c>--member a --member b</c>) or list values (<c>--member a,b</c>).</summary>
    public static Option<string[]> Many(string name, string description) =>
        new(name) { Description = description + " (repeat or separate with commas)", AllowMultipleArgumentsPerToken = false };

    public static IReadOnlyList<string> Values(Session s, Option<string[]> option) =>
        (s.Value(option) ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
}
