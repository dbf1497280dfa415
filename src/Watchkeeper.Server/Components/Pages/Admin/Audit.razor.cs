using Microsoft.EntityFrameworkCore;
using Radzen;
using Radzen.Blazor;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Components.Session;
using Watchkeeper.Server.Platform.Audit;
using Watchkeeper.Server.Platform.Roles;

namespace Watchkeeper.Server.Components.Pages.Admin;

public sealed partial class Audit
{
    private RadzenDataGrid<AuditEntryDto>? grid;
    // Null until the first load: the grid asks for its first page only when it has no data.
    private IReadOnlyList<AuditEntryDto>? rows;
    private IReadOnlyList<string> objectTypes = [];
    private AuditEndpoints.AuditFilter filter = new();
    private int count;
    private bool loading;
    private bool verifying;

    protected override AppPage Page => AppPages.Audit;

    protected override async Task LoadAsync(UiScope scope) =>
        objectTypes = await AuditEndpoints.Filter(scope.Db, scope.Access.OrganizationId, new())
            .Where(e => e.ObjectType != null).Select(e => e.ObjectType!).Distinct().OrderBy(t => t).ToListAsync();

    // The same filter as GET /api/v1/audit; the grid pages by offset so people can jump to a page.
    private async Task LoadRowsAsync(LoadDataArgs args)
    {
        loading = true;
        var page = await Ui.ReadAsync(Permissions.AuditRead, async scope =>
        {
            var entries = AuditEndpoints.Filter(scope.Db, scope.Access.OrganizationId, filter);
            var total = await entries.CountAsync();
            var items = await entries.OrderByDescending(e => e.Sequence).Skip(args.Skip ?? 0).Take(args.Top ?? 50).ToListAsync();
            return (items.Select(AuditEndpoints.ToDto).ToList(), total);
        });
        // An empty list on failure: null would make the grid ask again at once.
        (rows, count) = page.Value.Item1 is null ? ([], 0) : page.Value;
        loading = false;
        if (page.Error is not null)
        {
            Report(page, "");
        }
    }

    private async Task ApplyAsync(AuditEndpoints.AuditFilter applied)
    {
        filter = applied;
        await grid!.FirstPage(true);
    }

    private async Task VerifyAsync()
    {
        verifying = true;
        var result = await Ui.ReadAsync(Permissions.SystemManage, scope => AuditChain.VerifyAsync(scope.Db));
        verifying = false;
        if (result.Value is { } verification)
        {
            Notifications.Notify(verification.Valid ? NotificationSeverity.Success : NotificationSeverity.Error,
                verification.Valid ? "Audit chain intact" : "Audit chain broken", verification.Message, 10_000);
        }
        else
        {
            Report(result, "");
        }
    }
}
