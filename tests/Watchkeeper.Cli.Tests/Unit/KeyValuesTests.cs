using Watchkeeper.Cli.Output;

namespace Watchkeeper.Cli.Tests.Unit;

public sealed class KeyValuesTests
{
    [Fact]
    public void Values_line_up_and_continuation_lines_stay_under_their_value()
    {
        using var writer = new StringWriter { NewLine = "\n" };

        KeyValues.Write(writer, [("Id", "7"), ("Permissions", "a.read\nb.write"), ("Lead", null)]);

        Assert.Equal(
            """
            Id:           7
            Permissions:  a.read
                          b.write
            Lead:         -

            """, writer.ToString());
    }
}
