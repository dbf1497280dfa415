using System.Text.Json;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Platform.Secrets;

namespace Watchkeeper.Server.Monitoring.Checks;

/// <summary>
/// A check's password and token: kept in the secret store under the check's secret name, never in its settings, never
/// returned. In a request, a credential left out keeps the stored one and an empty one removes it, so a form that
/// never shows secrets can still save a check without losing them.
/// </summary>
public sealed record CheckCredentials(string? BasicPassword, string? BearerToken)
{
    public bool Any => BasicPassword is not null || BearerToken is not null;

    public static async Task<CheckCredentials> LoadAsync(SecretStore secrets, Check check, CancellationToken ct) =>
        check.CredentialsSecret is { } name && await secrets.GetAsync(check.OrganizationId, name, ct) is { } json
            ? JsonSerializer.Deserialize<CheckCredentials>(json) ?? new(null, null)
            : new(null, null);

    public CheckCredentials With(HttpCheckSettings? http) => http is null ? new(null, null) : new(
        http.BasicPassword is null ? BasicPassword : Blank(http.BasicPassword),
        http.BearerToken is null ? BearerToken : Blank(http.BearerToken));

    /// <summary>Stores these credentials for the check, or removes the stored ones when there are none.</summary>
    public async Task SaveAsync(SecretStore secrets, Check check, CancellationToken ct)
    {
        if (Any)
        {
            check.CredentialsSecret ??= "monitoring/check-" + Guid.NewGuid().ToString("N");
            await secrets.SetAsync(check.OrganizationId, check.CredentialsSecret, JsonSerializer.Serialize(this), ct);
        }
        else if (check.CredentialsSecret is { } name)
        {
            await secrets.DeleteAsync(check.OrganizationId, name, ct);
            check.CredentialsSecret = null;
        }
    }

    /// <summary>The settings as a probe needs them: with these credentials in.</summary>
    public HttpCheckSettings Into(HttpCheckSettings http) => http with { BasicPassword = BasicPassword, BearerToken = BearerToken };

    private static string? Blank(string value) => value.Length == 0 ? null : value;
}
