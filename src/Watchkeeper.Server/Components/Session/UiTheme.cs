namespace Watchkeeper.Server.Components.Session;

/// <summary>The two Radzen themes the UI offers; the choice is kept per browser in a cookie.</summary>
public static class UiTheme
{
    public const string Cookie = "wk-theme";
    public const string Light = "standard";
    public const string Dark = "standard-dark";

    /// <summary>Only known theme names reach the page: the cookie is user input.</summary>
    public static string Normalize(string? theme) => theme == Dark ? Dark : Light;
}
