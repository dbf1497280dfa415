using System.CommandLine;
using Watchkeeper.Cli.Hosting;
using Watchkeeper.Cli.Output;
using Watchkeeper.Contracts;

namespace Watchkeeper.Cli.Commands.Inventory;

public static class CustomFieldCommands
{
    private static readonly Table<CustomFieldDto> Table = new(
        ("Id", f => Format.Number(f.Id)), ("Item kind", f => f.ItemKind.ToString()), ("Key", f => f.Key), ("Label", f => f.Label),
        ("Kind", f => f.Kind.ToString()), ("Required", f => Format.YesNo(f.Required)), ("Choices", f => Format.List(f.Choices)));

    public static Command Create(CliContext context) =>
        new Command("custom-fields", "Fields your organization adds to devices and other items").With(List(context), New(context), Delete(context));

    private static Command List(CliContext context)
    {
        var command = new Command("list", "List custom field definitions");
        var itemKind = new Option<CiKind?>("--item-kind") { Description = "Only the fields of this kind of item, e.g. Device" };
        command.With(itemKind);
        var paging = new ListOptions(command, "key", searchable: false);
        return command.Runs(context, async (s, ct) => s.Out.List(await paging.FetchAsync(s, (q, c) => s.Client.ListCustomFieldsAsync(q, s.Value(itemKind), c), ct), Table));
    }

    private static Command New(CliContext context)
    {
        var key = new Argument<string>("key") { Description = "Lower-case slug, e.g. support-level" };
        var label = new Option<string?>("--label") { Description = "What forms show (default: the key)" };
        var itemKind = new Option<CiKind?>("--item-kind") { Description = "Kind of item that gets it (default Device)" };
        var kind = new Option<CustomFieldKind?>("--kind") { Description = "Text (default), Number, Date, Boolean, Choice, Url" };
        var required = new Option<bool>("--required") { Description = "Items written from now on must have a value" };
        var help = new Option<string?>("--help-text") { Description = "Explains the field in forms" };
        var choices = Options.Many("--choice", "An allowed value of a Choice field");
        return new Command("create", "Define a custom field").With(key, label, itemKind, kind, required, help, choices).Runs(context, async (s, ct) =>
        {
            var request = new CustomFieldRequest(s.Value(itemKind) ?? CiKind.Device, s.Value(key), s.Value(label) ?? s.Value(key),
                s.Value(kind) ?? CustomFieldKind.Text, s.Value(required), s.Value(help), Options.Values(s, choices));
            s.Out.List([await s.Client.CreateCustomFieldAsync(request, cancellationToken: ct)], Table);
        });
    }

    private static Command Delete(CliContext context)
    {
        var id = new Argument<long>("id") { Description = "Field id (see list)" };
        return new Command("delete", "Delete a custom field and every item's value of it").With(id).Runs(context, async (s, ct) =>
        {
            await s.Client.DeleteCustomFieldAsync(s.Value(id), ct);
            s.Out.Done($"Custom field {s.Value(id)} deleted.");
        });
    }
}
