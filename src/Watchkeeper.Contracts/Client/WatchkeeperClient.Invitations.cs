using System.Net;

namespace Watchkeeper.Contracts.Client;

public sealed partial class WatchkeeperClient
{
    /// <summary>One page of the organization's invitations (<c>GET /invitations</c>).</summary>
    /// <param name="query">Paging and sort (<c>createdAt</c>, <c>email</c>).</param>
    /// <param name="pending">Only those not yet accepted.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<Page<InvitationDto>> ListInvitationsAsync(ListQuery? query = null, bool? pending = null, CancellationToken cancellationToken = default) =>
        GetAsync<Page<InvitationDto>>("api/v1/invitations" + (query ?? new()).ToQueryString(("pending", Flag(pending))), cancellationToken);

    /// <summary>Invites a colleague (<c>POST /invitations</c>); an existing account is added straight away.</summary>
    /// <param name="request">E-mail and role.</param>
    /// <param name="idempotencyKey">Makes the call safe to retry.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public async Task<InvitationResult> InviteAsync(CreateInvitationRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        using var message = CreateRequest(HttpMethod.Post, "api/v1/invitations", request, null, idempotencyKey);
        using var response = await SendAsync(message, cancellationToken);
        // The server answers 201 with an invitation, or 200 with the user it added directly.
        return response.StatusCode == HttpStatusCode.Created
            ? new InvitationResult(await ReadAsync<InvitationDto>(response, cancellationToken), null)
            : new InvitationResult(null, await ReadAsync<UserDto>(response, cancellationToken));
    }

    /// <summary>Withdraws an invitation (<c>DELETE /invitations/{id}</c>).</summary>
    /// <param name="id">Invitation id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task DeleteInvitationAsync(long id, CancellationToken cancellationToken = default) =>
        SendNoContentAsync(HttpMethod.Delete, $"api/v1/invitations/{Id(id)}", null, cancellationToken);

    /// <summary>Accepts an invitation and creates the account (<c>POST /invitations/accept</c>); anonymous.</summary>
    /// <param name="request">The link's secret, a name and a password.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<UserRef> AcceptInvitationAsync(AcceptInvitationRequest request, CancellationToken cancellationToken = default) =>
        SendJsonAsync<UserRef>(HttpMethod.Post, "api/v1/invitations/accept", request, null, null, cancellationToken);
}
