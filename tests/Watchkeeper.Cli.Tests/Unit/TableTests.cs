using Watchkeeper.Cli.Output;

namespace Watchkeeper.Cli.Tests.Unit;

public sealed class TableTests
{
    private static readonly Table<(int Id, string? Name, string Role)> Table = new(
        ("Id", r => r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("Name", r => r.Name), ("Role", r => r.Role));

    [Fact]
    public void Columns_line_up_under_upper_case_headers_without_trailing_spaces()
    {
        var text = Render([(1, "Ada Lovelace", "Administrator"), (12, "Bob", "Viewer")]);

        Assert.Equal(
            """
            ID  NAME          ROLE
            1   Ada Lovelace  Administrator
            12  Bob           Viewer

            """, text);
    }

    [Fact]
    public void Empty_values_show_a_dash_and_line_breaks_do_not_break_rows()
    {
        var text = Render([(1, null, "two\nlines")]);

        Assert.Equal("ID  NAME  ROLE\n1   -     two lines\n", text);
    }

    [Fact]
    public void An_empty_list_says_so() => Assert.Equal("(none)\n", Render([]));

    private static string Render(IEnumerable<(int, string?, string)> rows)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        Table.Write(writer, rows);
        return writer.ToString();
    }
}
