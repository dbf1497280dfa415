using System.CommandLine;
using Watchkeeper.Cli.Hosting;
using Watchkeeper.Cli.Output;
using Watchkeeper.Contracts;

namespace Watchkeeper.Cli.Commands.Inventory;

public static class VendorCommands
{
    private static readonly Table<VendorDto> Table = new(
        ("Id", v => Format.Number(v.Id)), ("Name", v => v.Name), ("Website", v => v.Website), ("Support phone", v => v.SupportPhone),
        ("Support e-mail", v => v.SupportEmail), ("Contracts", v => Format.Number(v.ContractCount)));

    public static Command Create(CliContext context) =>
        new Command("vendors", "Vendors: who sold it and who to call").With(List(context), New(context), Delete(context));

    public static Task<long> LookupAsync(Session s, string reference, CancellationToken ct) =>
        InventoryLookup.FindAsync(reference, async () => (await s.Client.ListVendorsAsync(new ListQuery(Limit: 500, Q: reference), ct)).Items.Select(v => (v.Id, v.Name)), "vendor");

    private static Command List(CliContext context)
    {
        var command = new Command("list", "List vendors");
        var paging = new ListOptions(command, "name", searchable: true);
        return command.Runs(context, async (s, ct) => s.Out.List(await paging.FetchAsync(s, s.Client.ListVendorsAsync, ct), Table));
    }

    private static Command New(CliContext context)
    {
        var name = new Argument<string>("name") { Description = "Vendor name, unique in the organization" };
        var website = new Option<string?>("--website") { Description = "Web site (http or https)" };
        var phone = new Option<string?>("--support-phone") { Description = "Support phone number" };
        var email = new Option<string?>("--support-email") { Description = "Support e-mail address" };
        var account = new Option<string?>("--account") { Description = "Your account number with the vendor" };
        return new Command("create", "Record a vendor").With(name, website, phone, email, account).Runs(context, async (s, ct) =>
        {
            var vendor = await s.Client.CreateVendorAsync(new VendorRequest(s.Value(name), s.Value(website), s.Value(phone), s.Value(email), s.Value(account)), cancellationToken: ct);
            s.Out.Item(vendor, ("Id", Format.Number(vendor.Id)), ("Name", vendor.Name), ("Website", vendor.Website),
                ("Support phone", vendor.SupportPhone), ("Support e-mail", vendor.SupportEmail), ("Account", vendor.AccountNumber));
        });
    }

    private static Command Delete(CliContext context)
    {
        var vendor = new Argument<string>("vendor") { Description = "Vendor id or name" };
        return new Command("delete", "Delete a vendor that has no contracts").With(vendor).Runs(context, async (s, ct) =>
        {
            await s.Client.DeleteVendorAsync(await LookupAsync(s, s.Value(vendor), ct), ct);
            s.Out.Done($"Vendor {s.Value(vendor)} deleted.");
        });
    }
}
