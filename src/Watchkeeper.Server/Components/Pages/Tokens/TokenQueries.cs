using Microsoft.EntityFrameworkCore;
using Radzen;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Components.Session;
using Watchkeeper.Server.Platform.Tokens;

namespace Watchkeeper.Server.Components.Pages.Tokens;

/// <summary>Listing and revoking tokens, for the profile (own tokens) and the administration page (all of them).</summary>
public static class TokenQueries
{
    /// <param name="all">Everyone's tokens (with tokens.manage) rather than one's own personal ones.</param>
    public static async Task<IReadOnlyList<TokenDto>> ListAsync(UiScope scope, bool all, bool includeRevoked) =>
        await scope.Get<TokenService>().Visible(scope.Access, all, includeRevoked)
            .OrderByDescending(t => t.CreatedAt).Select(TokenEndpoints.ToDto).ToListAsync();

    /// <returns>True when the token was revoked.</returns>
    public static async Task<bool> RevokeAsync(TokenDto token, UiAccess ui, DialogService dialogs, NotificationService notifications)
    {
        var confirmed = await dialogs.Confirm($"Revoke the token '{token.Name}'? Scripts and tools using it stop working at once.", "Please confirm",
            new ConfirmOptions { OkButtonText = "Revoke", CancelButtonText = "Keep" });
        if (confirmed != true)
        {
            return false;
        }
        var revoked = await ui.RunAsync(null, s => s.Get<TokenService>().RevokeAsync(s.Access, token.Id, default));
        notifications.Notify(revoked.Error is { } error
            ? new NotificationMessage { Severity = NotificationSeverity.Error, Summary = error.Title, Detail = error.Message, Duration = 8000 }
            : new NotificationMessage { Severity = NotificationSeverity.Success, Summary = $"Token '{token.Name}' revoked", Duration = 4000 });
        return revoked.Succeeded;
    }

    public static Task<dynamic?> OpenCreateAsync(DialogService dialogs, TokenKind kind) =>
        dialogs.OpenAsync<CreateTokenDialog>(kind == TokenKind.Service ? "New service token" : "New personal token",
            new Dictionary<string, object?> { [nameof(CreateTokenDialog.Kind)] = kind }, new DialogOptions { Width = "48rem" });
}
