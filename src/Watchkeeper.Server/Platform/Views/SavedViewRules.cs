using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Authorization;
using Watchkeeper.Server.Platform.Roles;

namespace Watchkeeper.Server.Platform.Views;

/// <summary>Saved views: the rules shared by the API and the view picker of the list pages.</summary>
public sealed class SavedViewRules(WatchkeeperDb db, TimeProvider clock)
{
    /// <summary>The caller's own views of a page and those others share, in their organization only.</summary>
    public IQueryable<SavedView> Visible(Access access, string page) =>
        db.SavedViews.AsNoTracking().Where(v => v.OrganizationId == access.OrganizationId && v.Page == page && (v.OwnerUserId == access.UserId || v.Shared));

    public async Task<Outcome<SavedView>> CreateAsync(Access access, SavedViewRequest request, CancellationToken ct)
    {
        if (access.UserId is not { } owner)
        {
            return OperationError.Forbidden("Views belong to a person; service tokens cannot save them.");
        }
        var now = clock.GetUtcNow();
        var view = new SavedView { OrganizationId = access.OrganizationId, OwnerUserId = owner, Page = request.Page, Name = request.Name.Trim(), CreatedAt = now };
        if (await ApplyAsync(access, view, request, ct) is { } error)
        {
            return error;
        }
        db.SavedViews.Add(view);
        await db.SaveChangesAsync(ct);
        return view;
    }

    /// <param name="matches">The caller's optimistic-concurrency check against the view as stored.</param>
    public async Task<Outcome<SavedView>> UpdateAsync(Access access, long id, SavedViewRequest request, Func<SavedView, bool> matches, CancellationToken ct)
    {
        var view = await OwnAsync(access, id, ct);
        if (view is null)
        {
            return OperationError.NotFound("View");
        }
        if (!matches(view))
        {
            return OperationError.Stale;
        }
        if (await ApplyAsync(access, view, request, ct) is { } error)
        {
            return error;
        }
        await db.SaveChangesAsync(ct);
        return view;
    }

    public async Task<Outcome<Done>> DeleteAsync(Access access, long id, CancellationToken ct)
    {
        var view = await OwnAsync(access, id, ct);
        if (view is null)
        {
            return OperationError.NotFound("View");
        }
        db.SavedViews.Remove(view);
        await db.SaveChangesAsync(ct);
        return Done.Value;
    }

    // Others' shared views are seen, never changed: a user changes only what they saved.
    private Task<SavedView?> OwnAsync(Access access, long id, CancellationToken ct) =>
        db.SavedViews.SingleOrDefaultAsync(v => v.Id == id && v.OrganizationId == access.OrganizationId && v.OwnerUserId == access.UserId, ct);

    private async Task<OperationError?> ApplyAsync(Access access, SavedView view, SavedViewRequest request, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var name = request.Name.Trim();
        if (name.Length == 0)
        {
            errors["name"] = ["Name the view."];
        }
        if (!ViewPages.Known.Contains(request.Page))
        {
            errors["page"] = [$"'{request.Page}' is not a list page with views. Pages: {string.Join(", ", ViewPages.Known.Order())}."];
        }
        else if (name.Length > 0 && await db.SavedViews.AnyAsync(v => v.OrganizationId == view.OrganizationId && v.OwnerUserId == view.OwnerUserId
            && v.Page == request.Page && v.Name == name && v.Id != view.Id, ct))
        {
            errors["name"] = [$"You already have a view named '{name}' on this page."];
        }
        if (request.Columns is { Count: > 40 })
        {
            errors["columns"] = ["A view shows at most 40 columns."];
        }
        if (request.Shared && !access.Has(Permissions.InventoryWrite))
        {
            errors["shared"] = ["Sharing a view with the organization needs the permission 'inventory.write'."];
        }
        if (errors.Count > 0)
        {
            return OperationError.Invalid(errors);
        }
        if (request.Default)
        {
            await ClearOtherDefaultsAsync(view, request.Page, ct);
        }
        (view.Page, view.Name, view.Query, view.Sort, view.Shared, view.Default) =
            (request.Page, name, request.Query?.TrimStart('?') ?? "", request.Sort, request.Shared, request.Default);
        view.Columns = request.Columns ?? [];
        view.UpdatedAt = clock.GetUtcNow();
        return null;
    }

    // One default per person and page: marking a view moves the mark.
    private async Task ClearOtherDefaultsAsync(SavedView view, string page, CancellationToken ct)
    {
        var others = await db.SavedViews.Where(v => v.OrganizationId == view.OrganizationId && v.OwnerUserId == view.OwnerUserId
            && v.Page == page && v.Default && v.Id != view.Id).ToListAsync(ct);
        others.ForEach(v => v.Default = false);
    }
}
