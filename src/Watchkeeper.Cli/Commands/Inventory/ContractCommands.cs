using System.CommandLine;
using System.Globalization;
using Watchkeeper.Cli.Hosting;
using Watchkeeper.Cli.Output;
using Watchkeeper.Contracts;
using Watchkeeper.Contracts.Client;

namespace Watchkeeper.Cli.Commands.Inventory;

public static class ContractCommands
{
    private static readonly Table<ContractDto> Table = new(
        ("Id", c => Format.Number(c.Id)), ("Reference", c => c.Reference), ("Vendor", c => c.Vendor.Name), ("Kind", c => c.Kind.ToString()),
        ("Start", c => Date(c.StartDate)), ("End", c => Date(c.EndDate)), ("Covers", c => Format.List(c.CoveredItems.Select(i => i.Name))));

    public static Command Create(CliContext context) =>
        new Command("contracts", "Contracts with vendors: support, maintenance, licences").With(List(context), New(context), Update(context), Delete(context));

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Command List(CliContext context)
    {
        var command = new Command("list", "List contracts; --search matches the reference and the vendor");
        var vendor = new Option<string?>("--vendor") { Description = "Only this vendor's contracts (id or name)" };
        var item = new Option<string?>("--covers") { Description = "Only contracts covering this device or item (id or name)" };
        var kind = new Option<ContractKind?>("--kind") { Description = "Only this kind: Support, Maintenance, Licence, Warranty, Subscription, Other" };
        var within = new Option<int?>("--ending-within") { Description = "Only contracts ending from today (UTC) to today + N days" };
        var from = new Option<DateOnly?>("--end-from") { Description = "Only contracts ending on or after this day, yyyy-MM-dd" };
        var to = new Option<DateOnly?>("--end-to") { Description = "Only contracts ending on or before this day, yyyy-MM-dd" };
        command.With(vendor, item, kind, within, from, to);
        var paging = new ListOptions(command, "endDate, reference", searchable: true);
        return command.Runs(context, async (s, ct) =>
        {
            var filter = new ContractFilter(
                s.Value(vendor) is { } v ? await VendorCommands.LookupAsync(s, v, ct) : null, s.Value(kind),
                s.Value(item) is { } i ? await InventoryLookup.ItemAsync(s.Client, i, ct) : null, s.Value(within), s.Value(from), s.Value(to));
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
            Print(s, await s.Client.CreateContractAsync(request, cancellationToken: ct));
        });
    }

    private static Command Update(CliContext context)
    {
        var id = new Argument<long>("id") { Description = "Contract id" };
        var reference = new Option<string?>("--reference") { Description = "New contract number" };
        var vendor = new Option<string?>("--vendor") { Description = "Vendor (id or name)" };
        var kind = new Option<ContractKind?>("--kind") { Description = "Support, Maintenance, Licence, Warranty, Subscription, Other" };
        var start = new Option<DateOnly?>("--start") { Description = "First day, yyyy-MM-dd" };
        var end = new Option<DateOnly?>("--end") { Description = "Last day, yyyy-MM-dd (a renewal moves it)" };
        var notice = new Option<int?>("--notice-days") { Description = "Days of notice to renew or cancel" };
        var cost = new Option<decimal?>("--cost") { Description = "Cost (with --currency)" };
        var currency = new Option<string?>("--currency") { Description = "ISO 4217 code, e.g. EUR" };
        var description = new Option<string?>("--description") { Description = "Free text; an empty value clears it" };
        var covers = Options.Many("--covers", "The devices or items it covers, replacing the list (id or name)");
        var version = Options.IfVersion();
        return new Command("update", "Change a contract; options not given keep their value")
            .With(id, reference, vendor, kind, start, end, notice, cost, currency, description, covers, version).Runs(context, async (s, ct) =>
            {
                var current = await s.Client.GetContractAsync(s.Value(id), ct);
                var items = current.CoveredItems.Select(i => i.Id).ToList();
                if (Options.Values(s, covers) is { Count: > 0 } given)
                {
                    items.Clear();
                    foreach (var covered in given)
                    {
                        items.Add(await InventoryLookup.ItemAsync(s.Client, covered, ct));
                    }
                }
                var request = current.ToRequest() with
                {
                    VendorId = s.Value(vendor) is { } v ? await VendorCommands.LookupAsync(s, v, ct) : current.Vendor.Id,
                    Reference = s.Value(reference) ?? current.Reference,
                    Kind = s.Value(kind) ?? current.Kind,
                    StartDate = s.Value(start) ?? current.StartDate,
                    EndDate = s.Value(end) ?? current.EndDate,
                    RenewalNoticeDays = s.Value(notice) ?? current.RenewalNoticeDays,
                    Cost = s.Value(cost) ?? current.Cost,
                    Currency = s.Value(currency) ?? current.Currency,
                    Description = s.Value(description) ?? current.Description,
                    CoveredItemIds = items,
                };
                Print(s, await s.Client.UpdateContractAsync(current.Id, request, Options.IfMatch(s, version) ?? ETag.Of(current.Version), ct));
            });
    }

    private static void Print(Session s, ContractDto contract) =>
        s.Out.Item(contract, ("Id", Format.Number(contract.Id)), ("Reference", contract.Reference), ("Vendor", contract.Vendor.Name),
            ("Kind", contract.Kind.ToString()), ("Start", Date(contract.StartDate)), ("End", Date(contract.EndDate)),
            ("Covers", Format.List(contract.CoveredItems.Select(i => i.Name))), ("Version", Format.Number(contract.Version)));

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
