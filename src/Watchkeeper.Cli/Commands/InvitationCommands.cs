using System.CommandLine;
using Watchkeeper.Cli.Hosting;
using Watchkeeper.Cli.Output;
using Watchkeeper.Contracts;

namespace Watchkeeper.Cli.Commands;

public static class InvitationCommands
{
    private static readonly Table<InvitationDto> Table = new(
        ("Id", i => Format.Number(i.Id)), ("Email", i => i.Email), ("Role", i => i.Role.Name),
        ("Expires", i => Format.Time(i.ExpiresAt)), ("Accepted", i => Format.Time(i.AcceptedAt)));

    public static Command Create(CliContext context) =>
        new Command("invitations", "Invitations sent to new colleagues").With(List(context), Revoke(context));

    /// <summary><c>wk users invite</c>: lives with users, where people look for it.</summary>
    public static Command Invite(CliContext context)
    {
        var email = new Argument<string>("email") { Description = "The colleague's e-mail address" };
        var role = new Option<string>("--role") { Description = "Role name or id", Required = true };
        return new Command("invite", "Invite a colleague; someone who already has an account is added at once").With(email, role).Runs(context, async (s, ct) =>
        {
            var roleId = await Lookup.RoleAsync(s.Client, s.Value(role)!, ct);
            var result = await s.Client.InviteAsync(new CreateInvitationRequest(s.Value(email), roleId), cancellationToken: ct);
            if (result.AddedUser is { } user)
            {
                s.Out.Done($"{user.Email} already has an account and was added to the organization.");
                UserCommands.Print(s, user);
                return;
            }
            var invitation = result.Invitation!;
            s.Out.Done($"Invitation sent. Give {invitation.Email} this link (shown once; it expires {Format.Time(invitation.ExpiresAt)}):");
            if (s.Out.Json)
            {
                s.Out.WriteJson(invitation);
            }
            else
            {
                s.Out.Line(invitation.AcceptUrl ?? "-");
            }
        });
    }

    private static Command List(CliContext context)
    {
        var pending = new Option<bool>("--pending") { Description = "Only invitations not yet accepted" };
        var command = new Command("list", "List invitations").With(pending);
        var paging = new ListOptions(command, "createdAt, email");
        return command.Runs(context, async (s, ct) =>
            s.Out.List(await paging.FetchAsync(s, (q, t) => s.Client.ListInvitationsAsync(q, s.Value(pending) ? true : null, t), ct), Table));
    }

    private static Command Revoke(CliContext context)
    {
        var id = new Argument<long>("id") { Description = "Invitation id" };
        return new Command("revoke", "Withdraw an invitation").With(id).Runs(context, async (s, ct) =>
        {
            await s.Client.DeleteInvitationAsync(s.Value(id), ct);
            s.Out.Done($"Invitation {s.Value(id)} withdrawn.");
        });
    }
}
