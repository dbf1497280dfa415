using System.CommandLine;
using System.Globalization;
using Watchkeeper.Cli.Hosting;
using Watchkeeper.Cli.Output;
using Watchkeeper.Contracts;

namespace Watchkeeper.Cli.Commands.Inventory;

public static class ContractCommands
{
    private static readonly Table<ContractDto> Table = new(
        ("Id", c => Format.Number(c.Id)), ("Reference", c => c.Reference), ("Vendor", c => c.Vendor.Name), ("Kind", c => c.Kind.ToString()),
        ("Start", c => Date(c.StartDate)), ("End", c => Date(c.EndDate)), ("Covers", c => Format.List(c.CoveredItems.Select(i => i.Name))));

    public static Command Create(CliContext context) =>
        new Command("contracts", "Contracts with vendors: support, maintenance, licences").With(List(context), New(context), Delete(context));

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Command List(CliContext context)
    {
        var command = new Command("list", "List contracts; --search matches the reference and the vendor");
        var vendor = new Option<string?>("--vendor") { Description = "Only this vendor's contracts (id or name)" };
        var item = new Option<string?>("--covers") { Description = "Only contracts covering this device or item (id or name)" };
        command.With(vendor, item);
        var paging = new ListOptions(command, "endDate, reference", searchable: true);
        return command.Runs(context, async (s, ct) =>
        {
            var filter = new ContractFilter(
                s.Value(vendor) is { } v ? await VendorCommands.LookupAsync(s, v, ct) : null, null,
                s.Value(item) is { } i ? await InventoryLookup.ItemAsync(s.Client, i, ct) : null);
            s.Out.List(await paging.FetchAsync(s, (q, c) => s.Client.ListContractsAsync(q, filter, c), ct), Table);
        });
    }

    private static Command New(CliContext context)
    {
        var reference = new Argument<string>("reference") { Description = "Contract number, unique per vendor" };
        var vendor = new Option<string>("--vendor") { Description = "Vendor (id or name)", Required = true };
        var kind = new Option<ContractKind?>("--kind") { Description = "Support (default), Maintenance, Licence, Warranty, Subscription, Other" };
        var start = new Option<DateOnly>("--start") { Description = "First day, yyyy-MM-dd", Required = true };
        var end = new Option<DateOnly>("--end") { Description = "Last day, yyyy-MM-dd", Required = true };
        var notice = new Option<int?>("--notice-days") { Description = "Days of notice to renew or cancel" };
        var cost = new Option<decimal?>("--cost") { Description = "Cost (with --currency)" };
        var currency = new Option<string?>("--currency") { Description = "ISO 4217 code, e.g. EUR" };
        var covers = Options.Many("--covers", "A device or item it covers (id or name)");
        return new Command("create", "Record a contract").With(reference, vendor, kind, start, end, notice, cost, currency, covers).Runs(context, async (s, ct) =>
        {
            var items = new List<long>();
            foreach (var covered in Options.Values(s, covers))
            {
                items.Add(await InventoryLookup.ItemAsync(s.Client, covered, ct));
            }
            var request = new ContractRequest(await VendorCommands.LookupAsync(s, s.Value(vendor)!, ct), s.Value(reference), s.Value(start), s.Value(end),
                s.Value(kind) ?? ContractKind.Support, s.Value(notice), s.Value(cost), s.Value(currency), null, items);
            var contract = await s.Client.CreateContractAsync(request, cancellationToken: ct);
            s.Out.Item(contract, ("Id", Format.Number(contract.Id)), ("Reference", contract.Reference), ("Vendor", contract.Vendor.Name),
                ("Kind", contract.Kind.ToString()), ("Start", Date(contract.StartDate)), ("End", Date(contract.EndDate)),
                ("Covers", Format.List(contract.CoveredItems.Select(i => i.Name))));
        });
    }

    private static Command Delete(CliContext context)
    {
        var id = new Argument<long>("id") { Description = "Contract id" };
        return new Command("delete", "Delete a contract; devices it supported lose the reference").With(id).Runs(context, async (s, ct) =>
        {
            await s.Client.DeleteContractAsync(s.Value(id), ct);
            s.Out.Done($"Contract {s.Value(id)} deleted.");
        });
    }
}
