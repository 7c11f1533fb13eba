// A read-only view of a seekable stream that lets a protobuf parser pass over large payloads without reading them.
// CodedInputStream skips a field by refilling its 4 KB buffer until the field ends: over a 500 MB model that is the whole
// file read in 120 000 small reads, which cost a quarter of a second each time the model was opened indexed (bench compress).
// Told where a payload lies (Skip), this stream seeks past it and answers the parser's reads inside it without touching
// the file; the bytes it hands back there are left as they were, which is safe because the parser only skips them.
namespace CompressCompare.Backend.Models.Onnx;

internal sealed class PayloadSkippingStream(Stream inner) : Stream
{
    /// <summary>Payloads at least this long are seeked past; shorter ones are cheaper to read through than to seek over.</summary>
    public const int SkipFrom = 64 * 1024;

    readonly Stream _inner = inner;
    readonly long _start = inner.Position;
    long _at;
    long _skipFrom = -1, _skipTo = -1;

    /// <summary>
    /// The length of the length-delimited field's payload whose length varint starts at <paramref name="position"/> (relative to
    /// where this stream started), and that payload's first byte; read from the file without moving this stream.
    /// </summary>
    public (long Offset, int Length) PayloadAt(long position)
    {
        Span<byte> head = stackalloc byte[5];
        var saved = _inner.Position;
        _inner.Position = _start + position;
        var n = _inner.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        _inner.Position = saved;
        var length = 0L;
        for (var i = 0; i < n; i++)
        {
            length |= (long)(head[i] & 0x7F) << (7 * i);
            if ((head[i] & 0x80) == 0) return length <= int.MaxValue ? (position + i + 1, (int)length) : throw Damaged();
        }
        throw Damaged();
    }

    static InvalidDataException Damaged() => new("A field's length is not a valid varint: the file is truncated or damaged.");

    /// <summary>
    /// Bytes [<paramref name="from"/>, <paramref name="to"/>) will only be skipped: reads inside them do not reach the file. A
    /// payload past the file's end is read through instead, so the parser still finds the file truncated.
    /// </summary>
    public void Skip(long from, long to)
    {
        if (_start + to <= _inner.Length) (_skipFrom, _skipTo) = (from, to);
    }

    public override int Read(Span<byte> buffer)
    {
        if (_at >= _skipFrom && _at < _skipTo)
        {
            var skipped = (int)Math.Min(buffer.Length, _skipTo - _at);
            _at += skipped;
            if (_at == _skipTo) _inner.Position = _start + _at;
            return skipped;
        }
        // A read stops where a payload to skip begins, so the next one can pass over it.
        var wanted = _skipFrom > _at ? (int)Math.Min(buffer.Length, _skipFrom - _at) : buffer.Length;
        var got = _inner.Read(buffer[..wanted]);
        _at += got;
        return got;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));
    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _at; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
