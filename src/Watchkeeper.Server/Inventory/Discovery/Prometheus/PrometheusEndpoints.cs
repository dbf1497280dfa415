using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.Items;
using Watchkeeper.Server.Platform.Authorization;
using Watchkeeper.Server.Platform.Roles;

namespace Watchkeeper.Server.Inventory.Discovery.Prometheus;

/// <summary>
/// Prometheus HTTP service discovery fed from the inventory: Prometheus polls this with an API token
/// (<c>http_sd_configs.authorization</c>) and scrapes what the CMDB says exists.
/// </summary>
public static partial class PrometheusEndpoints
{
    public const string SkippedHeader = "X-Watchkeeper-Skipped-Without-Address";
    public const string TruncatedHeader = "X-Watchkeeper-Truncated";

    public static void MapPrometheusDiscovery(this IEndpointRouteBuilder inventory) =>
        inventory.MapGet("/prometheus/targets", TargetsAsync).WithTags("Inventory: Prometheus service discovery")
            .RequirePermission(Permissions.InventoryRead);

    private static async Task<Results<Ok<IReadOnlyList<PrometheusTargetGroup>>, ValidationProblem>> TargetsAsync(
        [AsParameters] PrometheusTargetFilter filter, CurrentAccess current, WatchkeeperDb db, HttpContext http, ILoggerFactory logs, CancellationToken ct)
    {
        var access = await current.RequireAsync(ct);
        var errors = Validate(filter);
        long? siteId = null;
        if (InventoryText.Optional(filter.Site) is { } site)
        {
            siteId = await FindSiteAsync(db, access.OrganizationId, site, ct);
            if (siteId is null)
            {
                errors["site"] = [$"There is no site '{site}' in this organization: give its name or id."];
            }
        }
        if (InventoryText.Optional(filter.PortField) is { } portField && !await IsDeviceNumberFieldAsync(db, access.OrganizationId, portField, ct))
        {
            errors["portField"] = [$"There is no number custom field '{portField}' on devices: give the key of one."];
        }
        if (errors.Count > 0)
        {
            return Problems.Fields(errors);
        }
        var answer = await PrometheusTargets.FindAsync(db, access.OrganizationId, siteId, filter, ct);
        http.Response.Headers[SkippedHeader] = answer.SkippedWithoutAddress.ToString(CultureInfo.InvariantCulture);
        var log = logs.CreateLogger(typeof(PrometheusEndpoints));
        if (answer.SkippedWithoutAddress > 0)
        {
            log.LogDebug("Prometheus discovery skipped {Count} devices without an IP, FQDN or hostname.", answer.SkippedWithoutAddress);
        }
        if (answer.Truncated)
        {
            http.Response.Headers[TruncatedHeader] = "true";
            log.LogWarning("Prometheus discovery matched more than {Max} devices and answered the first ones; narrow the filter.", PrometheusTargets.MaxTargets);
        }
        return TypedResults.Ok(answer.Groups);
    }

    private static Dictionary<string, string[]> Validate(PrometheusTargetFilter filter)
    {
        var errors = new Dictionary<string, string[]>();
        if (filter.Port is < 1 or > 65535)
        {
            errors["port"] = ["Use a port from 1 to 65535."];
        }
        if (filter.PortLabel is { } label && !PortLabel().IsMatch(label))
        {
            errors["portLabel"] = ["Use the start of a tag (letters, digits, - _ .), e.g. exporter-port for tags like exporter-port:9182."];
        }
        if (ItemTags.Problem(ItemTags.Normalize(filter.Tag)) is { } tagProblem)
        {
            errors["tag"] = [tagProblem];
        }
        return errors;
    }

    private static async Task<long?> FindSiteAsync(WatchkeeperDb db, long organizationId, string site, CancellationToken ct)
    {
        var sites = db.Sites.AsNoTracking().Where(s => s.OrganizationId == organizationId);
        var match = long.TryParse(site, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? sites.Where(s => s.Id == id || s.Name == site)
            : sites.Where(s => s.Name == site);
        return await match.Select(s => (long?)s.Id).FirstOrDefaultAsync(ct);
    }

    private static Task<bool> IsDeviceNumberFieldAsync(WatchkeeperDb db, long organizationId, string key, CancellationToken ct) =>
        db.CustomFields.AnyAsync(f => f.OrganizationId == organizationId && f.ItemKind == CiKind.Device && f.Kind == CustomFieldKind.Number && f.Key == key, ct);

    [GeneratedRegex("^[a-z0-9][a-z0-9_.-]{0,40}$")]
    private static partial Regex PortLabel();
}
