namespace Watchkeeper.Server.Monitoring.Probes;

/// <summary>The expected-status notation of HTTP checks: codes and ranges separated by commas, <c>200-299,301</c>.</summary>
public sealed class StatusCodeSet
{
    public const string Default = "200-399";

    private readonly List<(int From, int To)> ranges;

    private StatusCodeSet(List<(int, int)> ranges) => this.ranges = ranges;

    public bool Contains(int status) => ranges.Exists(r => status >= r.From && status <= r.To);

    /// <returns>The set, or null with <paramref name="error"/> saying what is wrong.</returns>
    public static StatusCodeSet? Parse(string? text, out string? error)
    {
        var ranges = new List<(int, int)>();
        foreach (var part in (string.IsNullOrWhiteSpace(text) ? Default : text).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var bounds = part.Split('-', 2, StringSplitOptions.TrimEntries);
            if (!int.TryParse(bounds[0], out var from) || !int.TryParse(bounds[^1], out var to) || from is < 100 or > 599 || to is < 100 or > 599 || to < from)
            {
                error = $"'{part}' is not a status code (100–599) or a range such as 200-299.";
                return null;
            }
            ranges.Add((from, to));
        }
        error = ranges.Count == 0 ? "Name at least one status code." : null;
        return error is null ? new StatusCodeSet(ranges) : null;
    }
}
