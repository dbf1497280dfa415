using Microsoft.AspNetCore.Components;
using Radzen;
using Watchkeeper.Server.Platform;
using Watchkeeper.Server.Platform.Authorization;

namespace Watchkeeper.Server.Components.Session;

public enum PageState
{
    Loading,
    Ready,
    Denied,
    Failed,
}

/// <summary>
/// A page behind the login: checks its own permission on every load (the navigation hiding
/// a link is not protection), shows a friendly denial instead of failing, and reports the
/// outcome of actions.
/// </summary>
public abstract class SecuredPage : ComponentBase
{
    [Inject] protected UiAccess Ui { get; set; } = null!;

    [Inject] protected NotificationService Notifications { get; set; } = null!;

    [Inject] protected DialogService Dialogs { get; set; } = null!;

    protected abstract AppPage Page { get; }

    /// <summary>The access as of the last load: decides what to show; every action checks again.</summary>
    protected Access? Access { get; private set; }

    protected PageState State { get; private set; } = PageState.Loading;

    protected string? StateMessage { get; private set; }

    protected bool Can(string permission) => Access?.Has(permission) == true;

    protected override Task OnInitializedAsync() => ReloadAsync();

    protected async Task ReloadAsync()
    {
        var loaded = await Ui.RunAsync(Page.Allows, Page.Permission, async scope =>
        {
            Access = scope.Access;
            await LoadAsync(scope);
            return (Outcome<Done>)Done.Value;
        });
        State = loaded.Error switch
        {
            null => PageState.Ready,
            { Kind: ErrorKind.Forbidden } => PageState.Denied,
            _ => PageState.Failed,
        };
        StateMessage = loaded.Error?.Message;
    }

    /// <summary>Reads what the page shows, inside the checked scope.</summary>
    protected virtual Task LoadAsync(UiScope scope) => Task.CompletedTask;

    /// <summary>Shows the outcome of an action; true when it succeeded.</summary>
    protected bool Report<T>(Outcome<T> outcome, string success)
    {
        if (outcome.Error is { } error)
        {
            var detail = error.Kind == ErrorKind.Stale ? "Someone else changed it since you opened it. Reload and try again." : error.Message;
            Notifications.Notify(new NotificationMessage { Severity = NotificationSeverity.Error, Summary = error.Title, Detail = detail, Duration = 8000 });
            return false;
        }
        Notifications.Notify(new NotificationMessage { Severity = NotificationSeverity.Success, Summary = success, Duration = 4000 });
        return true;
    }
}
