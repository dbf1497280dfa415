using Microsoft.EntityFrameworkCore;
using Radzen;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Components.Session;
using Watchkeeper.Server.Components.Shared;
using Watchkeeper.Server.Platform;
using Watchkeeper.Server.Platform.Audit;
using Watchkeeper.Server.Platform.Roles;

namespace Watchkeeper.Server.Components.Pages.Admin;

public sealed partial class Audit
{
    private const int PageSize = 50;

    private readonly KeysetCursors cursors = new();
    private IReadOnlyList<AuditEntryDto> rows = [];
    private IReadOnlyList<string> objectTypes = [];
    private AuditEndpoints.AuditFilter filter = new();
    private bool loading;
    private bool verifying;

    protected override AppPage Page => AppPages.Audit;

    protected override async Task LoadAsync(UiScope scope)
    {
        objectTypes = await AuditEndpoints.Filter(scope.Db, scope.Access.OrganizationId, new())
            .Where(e => e.ObjectType != null).Select(e => e.ObjectType!).Distinct().OrderBy(t => t).ToListAsync();
        await LoadRowsAsync(scope);
    }

    private async Task LoadRowsAsync()
    {
        loading = true;
        var loaded = await Ui.ReadAsync(Permissions.AuditRead, async scope =>
        {
            await LoadRowsAsync(scope);
            return Done.Value;
        });
        loading = false;
        if (loaded.Error is not null)
        {
            Report(loaded, "");
        }
    }

    // The same filter and keyset paging as GET /api/v1/audit: a deep page costs what the first does.
    private async Task LoadRowsAsync(UiScope scope)
    {
        var page = await AuditEndpoints.PageAsync(scope.Db, scope.Access.OrganizationId, filter, new ListQuery(PageSize, cursors.Current), default);
        rows = page.Items;
        cursors.Loaded(page.NextCursor);
    }

    private async Task ApplyAsync(AuditEndpoints.AuditFilter applied)
    {
        filter = applied;
        cursors.First();
        await LoadRowsAsync();
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
