// LineIndex maps a byte offset to VS Code's line and UTF-16 column. An offset inside a "\r\n" break is the end of the
// line's text: the fuzzer found a syntax error ending one past a "\r" placed a diagnostic beyond its line (seed 1796543122, spec:7082).
using CompressCompare.Backend.Spec;

namespace Backend.Tests.Spec;

public sealed class LineIndexTests
{
    [Theory]
    [InlineData("ab\r\ncd", 2, 1, 3)]
    [InlineData("ab\r\ncd", 3, 1, 3)]
    [InlineData("ab\r\ncd", 4, 2, 1)]
    [InlineData("ab\ncd", 2, 1, 3)]
    [InlineData("ab\rcd", 2, 1, 3)]
    [InlineData("é\r\nx", 2, 1, 2)]
    [InlineData("é\r\nx", 3, 1, 2)]
    [InlineData("é\r\nx", 4, 2, 1)]
    public void An_offset_in_a_line_break_is_the_end_of_the_line(string text, int offset, int line, int column)
    {
        var index = new LineIndex(System.Text.Encoding.UTF8.GetBytes(text));
        Assert.Equal((line, column), index.PositionOf(offset));
    }
}
