namespace Watchkeeper.Server.Components.Session;

/// <summary>
/// What one browser connection (circuit) knows about itself. The organization and address come
/// from the page request that started the circuit, because a live connection has no HTTP request.
/// </summary>
public sealed class UiSession
{
    public string? Organization { get; private set; }

    public string? RemoteIp { get; private set; }

    public string Theme { get; set; } = UiTheme.Light;

    /// <summary>Set when the user's sessions were ended: nothing more may happen on this connection.</summary>
    public bool Ended { get; private set; }

    public void Start(string? organization, string? remoteIp, string? theme)
    {
        Organization = string.IsNullOrWhiteSpace(organization) ? null : organization.Trim();
        RemoteIp = remoteIp;
        Theme = UiTheme.Normalize(theme);
    }

    public void End() => Ended = true;
}
