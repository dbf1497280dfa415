using Watchkeeper.Contracts;

namespace Watchkeeper.Tests.Inventory;

public sealed class DurationTextTests
{
    [Theory]
    [InlineData("4h", 240)]
    [InlineData("30m", 30)]
    [InlineData("1d12h", 2160)]
    [InlineData(" 2H15M ", 135)]
    [InlineData("0m", 0)]
    [InlineData("365d", DurationText.MaxMinutes)]
    public void Durations_are_read_as_minutes(string text, int minutes)
    {
        Assert.True(DurationText.TryParse(text, out var parsed));
        Assert.Equal(minutes, parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("4")]
    [InlineData("-15m")]
    [InlineData("4 hours")]
    [InlineData("30m4h")]
    [InlineData("366d")]
    public void Anything_else_is_refused(string text) => Assert.False(DurationText.TryParse(text, out _));

    [Theory]
    [InlineData(240, "4h")]
    [InlineData(1470, "1d30m")]
    [InlineData(0, "0m")]
    public void Minutes_are_written_back_the_way_they_are_read(int minutes, string text)
    {
        Assert.Equal(text, DurationText.Format(minutes));
        Assert.True(DurationText.TryParse(text, out var again));
        Assert.Equal(minutes, again);
    }
}
