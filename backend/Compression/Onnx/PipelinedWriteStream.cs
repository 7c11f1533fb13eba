// A write-only Stream over PipelinedFileWriter, for writers that emit many small pieces (OnnxModelEdit.Save's protobuf
// headers between payloads): bytes are gathered into the writer's chunks and each full chunk is queued, so Save's copying
// overlaps the writer thread's writing and flushing to disk as the weight rewriter's does.
namespace CompressCompare.Backend.Compression.Onnx;

internal sealed class PipelinedWriteStream(PipelinedFileWriter writer) : Stream
{
    readonly PipelinedFileWriter _writer = writer;
    byte[]? _chunk;
    int _filled;
    long _written;

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (buffer.Length > 0)
        {
            _chunk ??= _writer.Rent();
            var n = Math.Min(buffer.Length, _chunk.Length - _filled);
            buffer[..n].CopyTo(_chunk.AsSpan(_filled));
            (_filled, _written) = (_filled + n, _written + n);
            buffer = buffer[n..];
            if (_filled == _chunk.Length) Queue();
        }
    }

    /// <summary>Nothing: CodedOutputStream flushes after every header, and a chunk is queued only when full (or at Complete).</summary>
    public override void Flush() { }

    /// <summary>Queues the chunk gathered so far (the writer writes chunks in order, whatever their fill).</summary>
    void Queue()
    {
        if (_chunk is null || _filled == 0) return;
        _writer.Write(_chunk, _filled);
        (_chunk, _filled) = (null, 0);
    }

    /// <summary>Queues what is left and waits for the writer to write and flush everything to disk.</summary>
    public void Complete()
    {
        Queue();
        _writer.Complete();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));
    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => _written;
    public override long Position { get => _written; set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
