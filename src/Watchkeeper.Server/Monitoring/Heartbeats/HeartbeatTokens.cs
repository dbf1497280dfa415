using System.Globalization;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Monitoring.Checks;
using Watchkeeper.Server.Platform.Secrets;
using Watchkeeper.Server.Platform.Setup;
using Watchkeeper.Server.Platform.Tokens;

namespace Watchkeeper.Server.Monitoring.Heartbeats;

/// <summary>
/// A heartbeat check's ping token: 256 random bits, URL-safe. The token sits encrypted in the secret store, so people
/// who may read the check can copy its URL; the check's row keeps its SHA-256, which the intake looks pings up by.
/// </summary>
public sealed class HeartbeatTokens(WatchkeeperDb db, SecretStore secrets, PublicUrls urls, TimeProvider clock)
{
    /// <summary>Gives a check that became a heartbeat its token, drops the token of one that stopped being one, and sets the deadline.</summary>
    public async Task ApplyAsync(Check check, CancellationToken ct)
    {
        if (check.Kind != CheckKind.Heartbeat)
        {
            await RemoveAsync(check, ct);
            return;
        }
        if (check.Heartbeat is null)
        {
            var name = "monitoring/heartbeat-" + Guid.NewGuid().ToString("N");
            check.Heartbeat = new Heartbeat { OrganizationId = check.OrganizationId, TokenSecret = name, TokenHash = await NewTokenAsync(check.OrganizationId, name, ct), WaitingSince = clock.GetUtcNow() };
        }
        var heartbeat = check.Heartbeat;
        check.Status!.NextRunAt = HeartbeatSchedule.Of(check).Deadline(heartbeat.WaitingSince, heartbeat.StartedAt);
    }

    public async Task RemoveAsync(Check check, CancellationToken ct)
    {
        if (check.Heartbeat is { } heartbeat)
        {
            await secrets.DeleteAsync(check.OrganizationId, heartbeat.TokenSecret, ct);
            db.Remove(heartbeat);
            check.Heartbeat = null;
        }
    }

    /// <summary>A new token for the check; the old one stops working once this is saved. Audited, without either token.</summary>
    public async Task RotateAsync(Check check, CancellationToken ct)
    {
        var heartbeat = check.Heartbeat!;
        heartbeat.TokenHash = await NewTokenAsync(check.OrganizationId, heartbeat.TokenSecret, ct);
        db.RecordEvent("check.heartbeat_token_rotated", check.OrganizationId, "Check", check.Id.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The check's ping URLs and last pings, for those who may read it.</summary>
    public async Task<HeartbeatDto> ShowAsync(Check check, Heartbeat heartbeat, CancellationToken ct)
    {
        var token = await secrets.GetAsync(check.OrganizationId, heartbeat.TokenSecret, ct) ?? "";
        return new HeartbeatDto(urls.To(HeartbeatIntake.PingPath + token), urls.To(HeartbeatIntake.PushPath + token + "?status=up&msg=OK&ping="),
            heartbeat.LastPingAt, heartbeat.LastPingKind?.ToString(), heartbeat.LastBody, heartbeat.StartedAt, heartbeat.LastDurationMs,
            check.Paused ? null : check.Status?.NextRunAt);
    }

    private async Task<string> NewTokenAsync(long organizationId, string name, CancellationToken ct)
    {
        var token = TokenSecrets.NewSecret();
        await secrets.SetAsync(organizationId, name, token, ct);
        return TokenSecrets.Hash(token);
    }
}
