using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.Items;
using Watchkeeper.Server.Platform;

namespace Watchkeeper.Server.Inventory.Services;

/// <summary>The recovery objectives of a request, in minutes, once they passed the rules.</summary>
public sealed record RecoveryTargets(int? RtoMinutes, int? RpoMinutes);

/// <summary>Every rule a service's fields must keep, each reported on the field that breaks it.</summary>
internal sealed class ServiceRules(WatchkeeperDb db, Service service)
{
    private readonly FieldErrors errors = new();

    public async Task<(OperationError? Error, RecoveryTargets Targets)> CheckAsync(ServiceRequest request, CancellationToken ct)
    {
        await CheckIdentityAsync(request, ct);
        CheckUrl(request.Url);
        if (request.Kind != ServiceKind.Database && InventoryText.Optional(request.DatabaseEngine) is not null)
        {
            errors.Add("databaseEngine", "Only databases have a database engine.");
        }
        var targets = request.Kind == ServiceKind.BusinessService ? CheckCatalog(request) : RefuseCatalog(request);
        if (ItemTags.Problem(ItemTags.Normalize(request.Tags)) is { } tagProblem)
        {
            errors.Add("tags", tagProblem);
        }
        return (errors.ToError(), targets);
    }

    private async Task CheckIdentityAsync(ServiceRequest request, CancellationToken ct)
    {
        var name = request.Name.Trim();
        var kind = ServiceKinds.ToItemKind(request.Kind);
        if (await db.ConfigurationItems.AnyAsync(i => i.OrganizationId == service.OrganizationId && i.Kind == kind && i.Name == name && i.Id != service.Id, ct))
        {
            errors.Add("name", $"A {ServiceKinds.Noun(request.Kind)} named '{name}' already exists.");
        }
        if (request.OwnerTeamId is { } teamId && !await db.Teams.AnyAsync(t => t.Id == teamId && t.OrganizationId == service.OrganizationId, ct))
        {
            errors.Add("ownerTeamId", "No team with that id exists in this organization.");
        }
    }

    private void CheckUrl(string? url)
    {
        if (InventoryText.Optional(url) is { } text
            && !(Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
        {
            errors.Add("url", $"'{text}' is not a web address: use an absolute http:// or https:// URL.");
        }
    }

    private RecoveryTargets CheckCatalog(ServiceRequest request)
    {
        if (request.OwnerTeamId is null)
        {
            errors.Add("ownerTeamId", "A business service needs an owner team: the catalog tells requesters who runs it.");
        }
        if (request.Tier is < 1 or > 4)
        {
            errors.Add("tier", "The tier is 1 (most critical) to 4.");
        }
        return new(Duration("rto", request.Rto), Duration("rpo", request.Rpo));
    }

    private int? Duration(string field, string? text)
    {
        if (InventoryText.Optional(text) is not { } given)
        {
            return null;
        }
        if (DurationText.TryParse(given, out var minutes))
        {
            return minutes;
        }
        errors.Add(field, $"'{given}' is not a duration: write days, hours and minutes like 4h, 30m or 1d12h (at most a year).");
        return null;
    }

    private RecoveryTargets RefuseCatalog(ServiceRequest request)
    {
        var given = new (string Field, bool Present)[]
        {
            ("tier", request.Tier is not null), ("supportHours", InventoryText.Optional(request.SupportHours) is not null),
            ("rto", InventoryText.Optional(request.Rto) is not null), ("rpo", InventoryText.Optional(request.Rpo) is not null),
            ("visibleToRequesters", request.VisibleToRequesters),
        };
        foreach (var (field, _) in given.Where(g => g.Present))
        {
            errors.Add(field, "Only business services carry catalog fields (tier, support hours, RTO, RPO, visibility to requesters).");
        }
        return new(null, null);
    }
}
