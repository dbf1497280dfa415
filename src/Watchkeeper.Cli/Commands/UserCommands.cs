using System.CommandLine;
using Watchkeeper.Cli.Hosting;
using Watchkeeper.Cli.Output;
using Watchkeeper.Contracts;

namespace Watchkeeper.Cli.Commands;

public static class UserCommands
{
    public static readonly Table<UserDto> Table = new(
        ("Id", u => Format.Number(u.Id)), ("Email", u => u.Email), ("Name", u => u.DisplayName), ("Role", u => u.Role?.Name),
        ("Disabled", u => Format.YesNo(u.Disabled)), ("2FA", u => Format.YesNo(u.TwoFactorEnabled)));

    public static Command Create(CliContext context) =>
        new Command("users", "Users of the current organization").With(
            List(context), Get(context), New(context), InvitationCommands.Invite(context), Update(context),
            SetDisabled(context, "disable", true), SetDisabled(context, "enable", false),
            Remove(context), EndSessions(context));

    public static Argument<string> UserArgument() => new("user") { Description = "User id or e-mail address" };

    public static void Print(Session s, UserDto u) => s.Out.Item(u,
        ("Id", Format.Number(u.Id)), ("E-mail", u.Email), ("Name", u.DisplayName), ("Role", u.Role?.Name),
        ("Disabled", Format.YesNo(u.Disabled)), ("Second factor", Format.YesNo(u.TwoFactorEnabled)),
        ("Locked out until", Format.Time(u.LockedOutUntil)), ("Created", Format.Time(u.CreatedAt)), ("Version", Format.Number(u.Version)));

    private static Command List(CliContext context)
    {
        var role = new Option<string?>("--role") { Description = "Only users with this role name" };
        var disabled = new Option<bool?>("--disabled") { Description = "Only disabled users (or, with 'false', only enabled ones)" };
        var command = new Command("list", "List users").With(role, disabled);
        var paging = new ListOptions(command, "displayName, email, createdAt", searchable: true);
        return command.Runs(context, async (s, ct) =>
            s.Out.List(await paging.FetchAsync(s, (q, t) => s.Client.ListUsersAsync(q, s.Value(role), s.Value(disabled), t), ct), Table));
    }

    private static Command Get(CliContext context)
    {
        var user = UserArgument();
        return new Command("get", "Show a user").With(user).Runs(context, async (s, ct) =>
            Print(s, await s.Client.GetUserAsync(await Lookup.UserAsync(s.Client, s.Value(user), ct), ct)));
    }

    private static Command New(CliContext context)
    {
        var email = new Argument<string>("email") { Description = "Login e-mail address" };
        var name = new Option<string>("--name") { Description = "Display name", Required = true };
        var role = new Option<string>("--role") { Description = "Role name or id", Required = true };
        var password = new Option<string?>("--password") { Description = "Initial password, at least 12 characters (prompted without echo when missing)" };
        return new Command("create", "Create a user with a password").With(email, name, role, password).Runs(context, async (s, ct) =>
        {
            var roleId = await Lookup.RoleAsync(s.Client, s.Value(role)!, ct);
            var secret = s.Value(password) ?? s.Environment.Prompt.ReadSecret("Initial password: ")
                ?? throw CliException.Usage("Give --password: there is no terminal to ask on.");
            Print(s, await s.Client.CreateUserAsync(new CreateUserRequest(s.Value(email), s.Value(name)!, secret, roleId), cancellationToken: ct));
        });
    }

    private static Command Update(CliContext context)
    {
        var user = UserArgument();
        var name = new Option<string?>("--name") { Description = "New display name" };
        var role = new Option<string?>("--role") { Description = "New role name or id" };
        var version = Options.IfVersion();
        return new Command("update", "Change a user's name or role").With(user, name, role, version).Runs(context, async (s, ct) =>
        {
            if (s.Value(name) is null && s.Value(role) is null)
            {
                throw CliException.Usage("Nothing to change: give --name or --role.");
            }
            var roleId = s.Value(role) is { } r ? await Lookup.RoleAsync(s.Client, r, ct) : (long?)null;
            var id = await Lookup.UserAsync(s.Client, s.Value(user), ct);
            Print(s, await s.Client.UpdateUserAsync(id, new UpdateUserRequest(s.Value(name), roleId), Options.IfMatch(s, version), ct));
        });
    }

    private static Command SetDisabled(CliContext context, string verb, bool disabled)
    {
        var user = UserArgument();
        var description = disabled ? "Disable a user: they cannot log in and their sessions end" : "Enable a disabled user";
        return new Command(verb, description).With(user).Runs(context, async (s, ct) =>
        {
            var id = await Lookup.UserAsync(s.Client, s.Value(user), ct);
            Print(s, await s.Client.UpdateUserAsync(id, new UpdateUserRequest(Disabled: disabled), cancellationToken: ct));
        });
    }

    private static Command Remove(CliContext context)
    {
        var user = UserArgument();
        return new Command("remove", "Remove a user from this organization (the account stays for its other organizations)").With(user).Runs(context, async (s, ct) =>
        {
            await s.Client.RemoveUserAsync(await Lookup.UserAsync(s.Client, s.Value(user), ct), ct);
            s.Out.Done($"Removed {s.Value(user)} from the organization.");
        });
    }

    private static Command EndSessions(CliContext context)
    {
        var user = UserArgument();
        return new Command("end-sessions", "Sign a user out everywhere").With(user).Runs(context, async (s, ct) =>
        {
            await s.Client.EndUserSessionsAsync(await Lookup.UserAsync(s.Client, s.Value(user), ct), ct);
            s.Out.Done($"Ended every session of {s.Value(user)}.");
        });
    }
}
