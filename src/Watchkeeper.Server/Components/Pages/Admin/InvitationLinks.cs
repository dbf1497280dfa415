using Microsoft.AspNetCore.Components;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Identity;

namespace Watchkeeper.Server.Components.Pages.Admin;

public static class InvitationLinks
{
    /// <summary>
    /// The configured public URL when there is one (as the API answers); otherwise the address
    /// the administrator is using right now, which a colleague can reach more likely than the
    /// server's listen address.
    /// </summary>
    public static string For(InvitationCreated invitation, ServerOptions options, NavigationManager navigation) =>
        string.IsNullOrWhiteSpace(options.PublicUrl)
            ? navigation.ToAbsoluteUri(invitation.AcceptPath!).ToString()
            : invitation.AcceptUrl!;
}
