using Microsoft.EntityFrameworkCore;
using Radzen;
using Radzen.Blazor;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Components.Session;
using Watchkeeper.Server.Platform;
using Watchkeeper.Server.Platform.Identity;
using Watchkeeper.Server.Platform.Organizations;
using Watchkeeper.Server.Platform.Roles;

namespace Watchkeeper.Server.Components.Pages.Admin;

public sealed partial class Users
{
    private RadzenDataGrid<UserDto>? grid;
    private PendingInvitations? invitations;
    // Null until the first load: the grid asks for its first page only when it has no data.
    private IReadOnlyList<UserDto>? rows;
    private int count;
    private bool loading;
    private string? search;
    private string? role;
    private bool? disabled;
    private IReadOnlyList<string> roleNames = [];

    // Cleared, the status filter matches everyone, as the API does without "disabled".
    private static readonly IReadOnlyList<StatusChoice> Statuses = [new("Active", false), new("Disabled", true)];

    protected override AppPage Page => AppPages.Users;

    private bool Filtered => !string.IsNullOrWhiteSpace(search) || role is not null || disabled is not null;

    protected override async Task LoadAsync(UiScope scope) =>
        roleNames = await RoleLookup.Visible(scope.Db, scope.Access.OrganizationId).Select(r => r.Name).Distinct().OrderBy(n => n).ToListAsync();

    private async Task LoadRowsAsync(LoadDataArgs args)
    {
        loading = true;
        var page = await Ui.ReadAsync(Permissions.UsersRead, async scope =>
        {
            var members = scope.Get<UserAdministration>().Members(scope.Access, search, role, disabled);
            var total = await members.CountAsync();
            var items = await Sorted(members, args).Skip(args.Skip ?? 0).Take(args.Top ?? 25).Select(PlatformMapping.MemberToDto).ToListAsync();
            return (items, total);
        });
        // An empty list on failure: null would make the grid ask again at once.
        (rows, count) = page.Value.Item1 is null ? ([], 0) : page.Value;
        loading = false;
        Report(page);
    }

    private static IQueryable<Membership> Sorted(IQueryable<Membership> members, LoadDataArgs args)
    {
        var sort = args.Sorts?.FirstOrDefault();
        var descending = sort?.SortOrder == SortOrder.Descending;
        return sort?.Property switch
        {
            nameof(UserDto.CreatedAt) => descending ? members.OrderByDescending(m => m.User.CreatedAt) : members.OrderBy(m => m.User.CreatedAt),
            _ => descending ? members.OrderByDescending(m => m.User.DisplayName) : members.OrderBy(m => m.User.DisplayName).ThenBy(m => m.UserId),
        };
    }

    private async Task SearchAsync(string? text)
    {
        search = text;
        await grid!.FirstPage(true);
    }

    private async Task FilterAsync(Action set)
    {
        set();
        await grid!.FirstPage(true);
    }

    private async Task InviteAsync()
    {
        await Dialogs.OpenAsync<InviteDialog>("Invite a colleague", options: new DialogOptions { Width = "34rem" });
        await RefreshAsync();
    }

    private async Task CreateAsync()
    {
        if (await Dialogs.OpenAsync<CreateUserDialog>("Add a user", options: new DialogOptions { Width = "34rem" }) is true)
        {
            await RefreshAsync();
        }
    }

    private async Task ActAsync(UserAction action)
    {
        if (await UserActionRunner.RunAsync(action, Ui, Dialogs) is { } outcome && Report(outcome, action.Done))
        {
            await RefreshAsync();
        }
    }

    private async Task RefreshAsync()
    {
        await grid!.Reload();
        if (invitations is not null)
        {
            await invitations.ReloadAsync();
        }
    }

    private void Report<T>(Outcome<T> outcome)
    {
        if (outcome.Error is not null)
        {
            Report(outcome, "");
        }
    }

    private sealed record StatusChoice(string Text, bool Disabled);
}
