using System.Reflection;
using System.Text.Json;
using Watchkeeper.Server.Inventory.Items;

namespace Watchkeeper.Server.Inventory.Transfer;

/// <summary>
/// A request record seen as file columns: one per constructor parameter, named as the API names the
/// field, with ids replaced by their reference column, tags as one column and each custom field as
/// <c>cf.key</c>. A reference named within a scope the request has no field for (a cable's interface
/// within its device) gets its scope column just before it. Rendering and parsing both go through
/// here, so export writes exactly what import reads.
/// </summary>
public sealed class RequestColumns<TRequest>
{
    public const string TagsColumn = "tags";
    public const string CustomFieldPrefix = "cf.";
    private const string TagsParameter = "Tags";
    private const string CustomFieldsParameter = "CustomFields";
    private const char ListSeparator = ';';

    private static readonly ConstructorInfo Constructor = typeof(TRequest).GetConstructors().Single();
    private readonly Dictionary<string, ReferenceIndex> references;
    private readonly IReadOnlyList<(ParameterInfo Parameter, PropertyInfo Property, string Column)> fields;
    private readonly IReadOnlyList<string> customFieldKeys;

    /// <summary>References whose scope column is not a field of the request: that column is written from the referenced object.</summary>
    private readonly IReadOnlyList<ReferenceIndex> scopeOnly;

    public RequestColumns(IReadOnlyCollection<ReferenceIndex> references, IReadOnlySet<string> ignored, IReadOnlyList<string> customFieldKeys)
    {
        this.references = references.ToDictionary(r => r.Reference.Parameter, StringComparer.Ordinal);
        fields = [.. Constructor.GetParameters().Where(p => !ignored.Contains(p.Name!))
            .Select(p => (p, typeof(TRequest).GetProperty(p.Name!)!, ColumnOf(p.Name!)))];
        this.customFieldKeys = HasCustomFields ? customFieldKeys : [];
        var fieldColumns = fields.Select(f => f.Column).ToHashSet(StringComparer.Ordinal);
        scopeOnly = [.. this.references.Values.Where(r => r.Reference.ScopeColumn is { } scope && !fieldColumns.Contains(scope))];
        Columns = [.. fields.Where(f => f.Parameter.Name != CustomFieldsParameter).SelectMany(f => ScopeColumnsBefore(f.Column).Append(f.Column)).Distinct(),
            .. this.customFieldKeys.Select(k => CustomFieldPrefix + k)];
    }

    /// <summary>The columns in file order.</summary>
    public IReadOnlyList<string> Columns { get; }

    private static bool HasCustomFields => Constructor.GetParameters().Any(p => p.Name == CustomFieldsParameter);

    /// <summary>The file column for an API field name (<c>siteId</c> → <c>site</c>, <c>customFields.x</c> → <c>cf.x</c>).</summary>
    public string ColumnOfField(string field) =>
        field.StartsWith("customFields.", StringComparison.Ordinal) ? CustomFieldPrefix + field["customFields.".Length..]
        : fields.FirstOrDefault(f => string.Equals(f.Parameter.Name, field, StringComparison.OrdinalIgnoreCase)).Column ?? field;

    public Dictionary<string, string?> Render(TRequest request)
    {
        var cells = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (parameter, property, column) in fields)
        {
            var value = property.GetValue(request);
            switch (parameter.Name)
            {
                case TagsParameter:
                    cells[column] = value is IEnumerable<string> tags && ItemTags.Normalize(tags) is { Count: > 0 } normalized ? string.Join(",", normalized) : null;
                    break;
                case CustomFieldsParameter:
                    var values = value as IReadOnlyDictionary<string, string?>;
                    customFieldKeys.ToList().ForEach(k => cells[CustomFieldPrefix + k] = CellText.Format(values?.GetValueOrDefault(k)));
                    break;
                default:
                    cells[column] = references.TryGetValue(parameter.Name!, out var index) ? ReferenceText(index, value) : CellText.Format(value);
                    break;
            }
        }
        foreach (var index in scopeOnly)
        {
            // Two references may share a scope (a feed's panel and rack are both within its site); an empty one must not hide the other.
            var scope = index.ScopeOf(fields.Single(f => f.Parameter.Name == index.Reference.Parameter).Property.GetValue(request) as long?);
            cells[index.Reference.ScopeColumn!] = cells.GetValueOrDefault(index.Reference.ScopeColumn!) ?? scope;
        }
        return cells;
    }

    private IEnumerable<string> ScopeColumnsBefore(string column) =>
        scopeOnly.Where(r => r.Reference.Column == column).Select(r => r.Reference.ScopeColumn!);

    /// <returns>The request, or default when a cell did not parse (each problem added to <paramref name="errors"/>).</returns>
    public TRequest? Parse(IReadOnlyDictionary<string, string?> cells, FieldErrors errors)
    {
        var arguments = Constructor.GetParameters().Select(p => p.HasDefaultValue ? p.DefaultValue : null).ToArray();
        foreach (var (parameter, _, column) in fields)
        {
            arguments[parameter.Position] = parameter.Name switch
            {
                TagsParameter => Tags(cells.GetValueOrDefault(column)),
                CustomFieldsParameter => customFieldKeys.ToDictionary(k => k, k => cells.GetValueOrDefault(CustomFieldPrefix + k)),
                _ => ParseCell(parameter, column, cells, errors) ?? arguments[parameter.Position],
            };
        }
        return errors.Any ? default : (TRequest)Constructor.Invoke(arguments);
    }

    private object? ParseCell(ParameterInfo parameter, string column, IReadOnlyDictionary<string, string?> cells, FieldErrors errors)
    {
        var text = cells.GetValueOrDefault(column);
        if (text is null)
        {
            if (!parameter.HasDefaultValue && parameter.ParameterType.IsValueType && Nullable.GetUnderlyingType(parameter.ParameterType) is null)
            {
                errors.Add(column, $"{column} is required.");
            }
            return null;
        }
        if (!references.TryGetValue(parameter.Name!, out var index))
        {
            var value = CellText.Parse(text, parameter.ParameterType, out var problem);
            AddProblem(errors, column, problem);
            return value;
        }
        var scope = index.Reference.ScopeColumn is { } scopeColumn ? cells.GetValueOrDefault(scopeColumn) : null;
        if (parameter.ParameterType != typeof(IReadOnlyList<long>))
        {
            var id = index.Find(text, scope, out var problem);
            AddProblem(errors, column, problem);
            return id;
        }
        var ids = new List<long>();
        foreach (var name in text.Split(ListSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var id = index.Find(name, scope, out var problem);
            AddProblem(errors, column, problem);
            ids.AddRange(id is { } found ? [found] : []);
        }
        return ids;
    }

    private static void AddProblem(FieldErrors errors, string column, string? problem)
    {
        if (problem is not null)
        {
            errors.Add(column, problem);
        }
    }

    /// <summary>A single reference is its name; a list of them (contract's covered items) is names separated by semicolons.</summary>
    private static string? ReferenceText(ReferenceIndex index, object? value) => value is IEnumerable<long> ids
        ? CellText.Format(string.Join(ListSeparator + " ", ids.Select(id => index.TextOf(id))))
        : index.TextOf((long?)value);

    private static string[] Tags(string? text) => text?.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    private string ColumnOf(string parameter) => parameter == TagsParameter ? TagsColumn
        : references.TryGetValue(parameter, out var index) ? index.Reference.Column : JsonNamingPolicy.CamelCase.ConvertName(parameter);
}
