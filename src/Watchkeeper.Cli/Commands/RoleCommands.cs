using System.CommandLine;
using Watchkeeper.Cli.Hosting;
using Watchkeeper.Cli.Output;
using Watchkeeper.Contracts;
using Watchkeeper.Contracts.Client;

namespace Watchkeeper.Cli.Commands;

public static class RoleCommands
{
    private static readonly Table<RoleDto> Table = new(
        ("Id", r => Format.Number(r.Id)), ("Name", r => r.Name), ("Built-in", r => Format.YesNo(r.BuiltIn)),
        ("Permissions", r => Format.Number(r.Permissions.Count)), ("Description", r => r.Description));

    private static readonly Table<PermissionDto> PermissionTable = new(
        ("Permission", p => p.Name), ("Module", p => p.Module), ("Description", p => p.Description));

    public static Command Create(CliContext context) =>
        new Command("roles", "Roles: named sets of permissions").With(
            List(context), Get(context), Permissions(context), New(context), Update(context), Delete(context));

    private static void Print(Session s, RoleDto r) => s.Out.Item(r,
        ("Id", Format.Number(r.Id)), ("Name", r.Name), ("Description", r.Description), ("Built-in", Format.YesNo(r.BuiltIn)),
        ("Permissions", string.Join('\n', r.Permissions)), ("Version", Format.Number(r.Version)));

    private static Argument<string> RoleArgument() => new("role") { Description = "Role id or name" };

    private static Command List(CliContext context) =>
        new Command("list", "List the built-in roles and the organization's own").Runs(context, async (s, ct) =>
            s.Out.List(await s.Client.ListRolesAsync(ct), Table));

    private static Command Get(CliContext context)
    {
        var role = RoleArgument();
        return new Command("get", "Show a role and its permissions").With(role).Runs(context, async (s, ct) =>
            Print(s, await s.Client.GetRoleAsync(await Lookup.RoleAsync(s.Client, s.Value(role), ct), ct)));
    }

    private static Command Permissions(CliContext context) =>
        new Command("permissions", "List every permission a role can grant").Runs(context, async (s, ct) =>
            s.Out.List(await s.Client.ListPermissionsAsync(ct), PermissionTable));

    private static Command New(CliContext context)
    {
        var name = new Argument<string>("name") { Description = "Role name" };
        var description = new Option<string?>("--description") { Description = "What the role is for" };
        var permissions = Options.Many("--permission", "Permission to grant, from 'wk roles permissions'");
        return new Command("create", "Create a custom role").With(name, description, permissions).Runs(context, async (s, ct) =>
            Print(s, await s.Client.CreateRoleAsync(new SaveRoleRequest(s.Value(name), s.Value(description), Options.Values(s, permissions)), cancellationToken: ct)));
    }

    private static Command Update(CliContext context)
    {
        var role = RoleArgument();
        var name = new Option<string?>("--name") { Description = "New name" };
        var description = new Option<string?>("--description") { Description = "New description" };
        var permissions = Options.Many("--permission", "Replace the permissions with these");
        var add = Options.Many("--add-permission", "Grant this permission too");
        var remove = Options.Many("--remove-permission", "Stop granting this permission");
        var version = Options.IfVersion();
        return new Command("update", "Change a custom role").With(role, name, description, permissions, add, remove, version).Runs(context, async (s, ct) =>
        {
            // The API replaces the whole role, so the unchanged fields come from its current state, guarded by its version.
            var current = await s.Client.GetRoleAsync(await Lookup.RoleAsync(s.Client, s.Value(role), ct), ct);
            var replace = Options.Values(s, permissions);
            var granted = (replace.Count > 0 ? replace : current.Permissions)
                .Concat(Options.Values(s, add)).Except(Options.Values(s, remove)).Distinct().ToList();
            var request = new SaveRoleRequest(s.Value(name) ?? current.Name, s.Value(description) ?? current.Description, granted);
            Print(s, await s.Client.UpdateRoleAsync(current.Id, request, Options.IfMatch(s, version) ?? ETag.Of(current.Version), ct));
        });
    }

    private static Command Delete(CliContext context)
    {
        var role = RoleArgument();
        return new Command("delete", "Delete a custom role nobody holds").With(role).Runs(context, async (s, ct) =>
        {
            await s.Client.DeleteRoleAsync(await Lookup.RoleAsync(s.Client, s.Value(role), ct), ct);
            s.Out.Done($"Role {s.Value(role)} deleted.");
        });
    }
}
