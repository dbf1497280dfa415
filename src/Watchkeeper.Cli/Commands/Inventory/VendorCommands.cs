using System.CommandLine;
using Watchkeeper.Cli.Hosting;
using Watchkeeper.Cli.Output;
using Watchkeeper.Contracts;
using Watchkeeper.Contracts.Client;

namespace Watchkeeper.Cli.Commands.Inventory;

public static class VendorCommands
{
    private static readonly Table<VendorDto> Table = new(
        ("Id", v => Format.Number(v.Id)), ("Name", v => v.Name), ("Website", v => v.Website), ("Support phone", v => v.SupportPhone),
        ("Support e-mail", v => v.SupportEmail), ("Contracts", v => Format.Number(v.ContractCount)));

    public static Command Create(CliContext context) =>
        new Command("vendors", "Vendors: who sold it and who to call").With(List(context), New(context), Update(context), Delete(context));

    public static Task<long> LookupAsync(Session s, string reference, CancellationToken ct) =>
        InventoryLookup.FindAsync(reference, async () => (await s.Client.ListVendorsAsync(new ListQuery(Limit: 500, Q: reference), cancellationToken: ct)).Items.Select(v => (v.Id, v.Name)), "vendor");

    private static Command List(CliContext context)
    {
        var command = new Command("list", "List vendors; --search matches the name and the account number");
        var hasContracts = new Option<bool?>("--has-contracts") { Description = "true: only vendors with contracts; false: only those without" };
        command.With(hasContracts);
        var paging = new ListOptions(command, "name", searchable: true);
        return command.Runs(context, async (s, ct) =>
        {
            var filter = new VendorFilter(s.Value(hasContracts));
            s.Out.List(await paging.FetchAsync(s, (q, c) => s.Client.ListVendorsAsync(q, filter, c), ct), Table);
        });
    }

    private static Command New(CliContext context)
    {
        var name = new Argument<string>("name") { Description = "Vendor name, unique in the organization" };
        var fields = new Fields();
        return new Command("create", "Record a vendor").With([name, .. fields.All]).Runs(context, async (s, ct) =>
            Print(s, await s.Client.CreateVendorAsync(fields.Apply(s, new VendorRequest(s.Value(name))), cancellationToken: ct)));
    }

    private static Command Update(CliContext context)
    {
        var vendor = new Argument<string>("vendor") { Description = "Vendor id or name" };
        var name = new Option<string?>("--name") { Description = "New name" };
        var fields = new Fields();
        var version = Options.IfVersion();
        return new Command("update", "Change a vendor; options not given keep their value, an empty value clears one")
            .With([vendor, name, version, .. fields.All]).Runs(context, async (s, ct) =>
            {
                var current = await s.Client.GetVendorAsync(await LookupAsync(s, s.Value(vendor), ct), ct);
                var request = fields.Apply(s, current.ToRequest() with { Name = s.Value(name) ?? current.Name });
                Print(s, await s.Client.UpdateVendorAsync(current.Id, request, Options.IfMatch(s, version) ?? ETag.Of(current.Version), ct));
            });
    }

    private static void Print(Session s, VendorDto vendor) =>
        s.Out.Item(vendor, ("Id", Format.Number(vendor.Id)), ("Name", vendor.Name), ("Website", vendor.Website),
            ("Support phone", vendor.SupportPhone), ("Support e-mail", vendor.SupportEmail), ("Account", vendor.AccountNumber),
            ("Version", Format.Number(vendor.Version)));

    private static Command Delete(CliContext context)
    {
        var vendor = new Argument<string>("vendor") { Description = "Vendor id or name" };
        return new Command("delete", "Delete a vendor that has no contracts").With(vendor).Runs(context, async (s, ct) =>
        {
            await s.Client.DeleteVendorAsync(await LookupAsync(s, s.Value(vendor), ct), ct);
            s.Out.Done($"Vendor {s.Value(vendor)} deleted.");
        });
    }

    private sealed class Fields
    {
        public Option<string?> Website { get; } = new("--website") { Description = "Web site (http or https)" };
        public Option<string?> Phone { get; } = new("--support-phone") { Description = "Support phone number" };
        public Option<string?> Email { get; } = new("--support-email") { Description = "Support e-mail address" };
        public Option<string?> Account { get; } = new("--account") { Description = "Your account number with the vendor" };
        public Option<string?> Notes { get; } = new("--notes") { Description = "Free text" };

        public Symbol[] All => [Website, Phone, Email, Account, Notes];

        /// <summary>The given options over <paramref name="current"/>; an empty text clears a field (the server stores blanks as none).</summary>
        public VendorRequest Apply(Session s, VendorRequest current) => current with
        {
            Website = s.Value(Website) ?? current.Website,
            SupportPhone = s.Value(Phone) ?? current.SupportPhone,
            SupportEmail = s.Value(Email) ?? current.SupportEmail,
            AccountNumber = s.Value(Account) ?? current.AccountNumber,
            Notes = s.Value(Notes) ?? current.Notes,
        };
    }
}
