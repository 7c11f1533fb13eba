// Maps byte offsets in a UTF-8 spec file to the 1-based line and UTF-16 column VS Code shows.
namespace CompressCompare.Backend.Spec;

/// <summary>
/// Line starts of a UTF-8 text, for turning reader byte offsets into editor positions.
/// Line breaks are "\n", "\r\n" and a lone "\r", as VS Code counts them.
/// </summary>
internal sealed class LineIndex
{
    private readonly byte[] _utf8;
    // Built on first need: a file with "\r" in it, or a position before one asked already. Positions are asked for in
    // file order while the models are read, and in a file without "\r" counting "\n" from the last one answers
    // them: at 100,000 models the table was 1.7 million starts (7 MB) and a tenth of the parse.
    private int[]? _lineStarts;
    // The array is sized before it is filled (a CRLF file uses half of it): no growing list, no copy.
    private int _lineCount;
    private readonly bool _hasCarriageReturn;
    // Most files are ASCII: then a column is plain arithmetic and no byte needs a second look.
    private readonly bool _isAscii;

    // The forward scan: lines (0-based) before _scannedTo and where the last of them starts.
    private int _scannedTo;
    private int _scannedLine;
    private int _scannedLineStart;

    // Positions are asked for roughly in file order; continuing from the last answer keeps a
    // minified single-line spec linear instead of rescanning the line for every model.
    private int _cachedLine = -1;
    private int _cachedOffset;
    private int _cachedColumn;

    public LineIndex(byte[] utf8)
    {
        _utf8 = utf8;
        _isAscii = System.Text.Ascii.IsValid(utf8);
        _hasCarriageReturn = utf8.AsSpan().Contains((byte)'\r');
    }

    private int[] LineStarts()
    {
        if (_lineStarts is { } built) return built;
        var span = _utf8.AsSpan();
        // Every line break holds a "\n" or a "\r"; at 100,000 models a growing list of 1.7 million starts and its
        // copies were 24 MB of garbage, counting first costs one vectorized pass.
        var starts = new int[span.Count((byte)'\n') + span.Count((byte)'\r') + 1];
        _lineCount = 1;
        var at = 0;
        while (at < span.Length)
        {
            var found = span[at..].IndexOfAny((byte)'\n', (byte)'\r');
            if (found < 0) break;
            var position = at + found;
            if (span[position] == '\r' && position + 1 < span.Length && span[position + 1] == '\n')
                position++;
            starts[_lineCount++] = position + 1;
            at = position + 1;
        }
        return _lineStarts = starts;
    }

    /// <summary>1-based line and 1-based UTF-16 column of the byte at <paramref name="offset"/>.</summary>
    public (int Line, int Column) PositionOf(int offset)
    {
        offset = Math.Clamp(offset, 0, _utf8.Length);
        int line, lineStart;
        if (!_hasCarriageReturn && _lineStarts is null && offset >= _scannedTo)
        {
            // Only "\n" breaks lines here, and an offset on one is the end of its line's text: nothing to clamp.
            var skipped = _utf8.AsSpan(_scannedTo, offset - _scannedTo);
            var last = skipped.LastIndexOf((byte)'\n');
            if (last >= 0)
            {
                _scannedLine += skipped.Count((byte)'\n');
                _scannedLineStart = _scannedTo + last + 1;
            }
            _scannedTo = offset;
            (line, lineStart) = (_scannedLine, _scannedLineStart);
        }
        else
        {
            var starts = LineStarts();
            line = Array.BinarySearch(starts, 0, _lineCount, offset);
            if (line < 0) line = ~line - 1;
            lineStart = starts[line];
            // An offset inside a line break ("\r\n": the "\n") is the end of the line's text, as VS Code counts columns;
            // the fuzzer found a syntax error's end one past a "\r" reported a column beyond the line.
            offset = Math.Min(offset, ContentEnd(line));
        }
        if (_isAscii) return (line + 1, offset - lineStart + 1);

        int from = lineStart, units = 0;
        if (line == _cachedLine && offset >= _cachedOffset)
        {
            from = _cachedOffset;
            units = _cachedColumn - 1;
        }
        units += CountUtf16Units(_utf8.AsSpan(from, offset - from));
        _cachedLine = line;
        _cachedOffset = offset;
        _cachedColumn = units + 1;
        return (line + 1, units + 1);
    }

    /// <summary>Byte offset just past the last character of line <paramref name="line"/> (0-based), before its line break.</summary>
    private int ContentEnd(int line)
    {
        if (line + 1 >= _lineCount) return _utf8.Length;
        var end = _lineStarts![line + 1];
        if (end > 0 && _utf8[end - 1] == '\n') end--;
        if (end > 0 && _utf8[end - 1] == '\r') end--;
        return end;
    }

    /// <summary>Byte offset of a position given as System.Text.Json reports it (0-based, lines split at "\n" only).</summary>
    public int OffsetOfReaderPosition(long readerLine, long bytePositionInLine)
    {
        var span = _utf8.AsSpan();
        var start = 0;
        for (long line = 0; line < readerLine; line++)
        {
            var next = span[start..].IndexOf((byte)'\n');
            if (next < 0) break;
            start += next + 1;
        }
        return (int)Math.Clamp(start + bytePositionInLine, 0, _utf8.Length);
    }

    // Lead bytes start a character; four-byte characters lie outside the BMP and take a surrogate pair.
    private static int CountUtf16Units(ReadOnlySpan<byte> bytes)
    {
        var units = 0;
        foreach (var b in bytes)
        {
            if ((b & 0xC0) == 0x80) continue;
            units += b >= 0xF0 ? 2 : 1;
        }
        return units;
    }
}
