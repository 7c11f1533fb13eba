// Writes a file from pooled chunks on a writer thread while the caller reads and computes the next ones, in the order the
// chunks were handed over, so the result is byte for byte what writing them in turn gives (pipelined: false does exactly that, for
// the tests that compare both). Memory is bounded: the caller rents one of a fixed number of chunks and waits when all are
// queued. The writer also flushes to disk every FlushEvery bytes: the disk then writes while the caller computes, where one
// flush at the end left the whole file's writeback (over half of a plain copy's time, bench compress) after the last chunk.
using System.Collections.Concurrent;

namespace CompressCompare.Backend.Compression.Onnx;

internal sealed class PipelinedFileWriter : IDisposable
{
    const long FlushEvery = 64L << 20;

    readonly FileStream _output;
    readonly BlockingCollection<byte[]> _free = new();
    readonly BlockingCollection<(byte[] Chunk, int Length)>? _queue;
    readonly Thread? _writer;
    volatile Exception? _failure;

    PipelinedFileWriter(FileStream output, long largestTensorBytes, bool pipelined)
    {
        _output = output;
        // Chunks in flight hold at most a quarter of the largest tensor (32 MB at most): far inside the memory goal of 3 × that
        // tensor, and a small model's copy allocates little. A chunk is 64 KB to 1 MB: large enough that a read or write is
        // cheap per byte, small enough to stay in cache while it is computed.
        var pool = Math.Clamp(largestTensorBytes / 4, 256L << 10, 32L << 20);
        ChunkBytes = (int)Math.Clamp(1L << (63 - (int)long.LeadingZeroCount(pool / 8)), 64 << 10, 1 << 20);
        var chunks = (int)(pool / ChunkBytes);
        for (var i = 0; i < (pipelined ? chunks : 1); i++) _free.Add(new byte[ChunkBytes]);
        if (!pipelined) return;
        _queue = new BlockingCollection<(byte[], int)>(chunks);
        _writer = new Thread(Drain) { IsBackground = true, Name = "onnx-writer" };
        _writer.Start();
    }

    /// <summary>Bytes per chunk, a power of two (so a whole number of float32 values).</summary>
    public int ChunkBytes { get; }

    /// <summary>
    /// Writes to <paramref name="output"/> on a writer thread, in chunks sized for a model whose largest tensor has
    /// <paramref name="largestTensorBytes"/>; <paramref name="pipelined"/> false writes on the caller's thread as chunks come.
    /// </summary>
    public static PipelinedFileWriter Open(FileStream output, long largestTensorBytes, bool pipelined = true) => new(output, largestTensorBytes, pipelined);

    /// <summary>A chunk of ChunkBytes to fill and pass to Write; waits while every chunk is queued.</summary>
    public byte[] Rent()
    {
        ThrowIfFailed();
        return _free.Take();
    }

    /// <summary>Queues the first <paramref name="length"/> bytes of <paramref name="chunk"/> (from Rent) to be written after every chunk before it.</summary>
    public void Write(byte[] chunk, int length)
    {
        ThrowIfFailed();
        if (_queue is null)
        {
            _output.Write(chunk, 0, length);
            _free.Add(chunk);
        }
        else _queue.Add((chunk, length));
    }

    /// <summary>Waits until every queued chunk is written, then flushes the file to disk; a failure of the writer is thrown here.</summary>
    public void Complete()
    {
        if (_queue is not null)
        {
            _queue.CompleteAdding();
            _writer!.Join();
        }
        ThrowIfFailed();
        _output.Flush(flushToDisk: true);
    }

    void Drain()
    {
        var unflushed = 0L;
        foreach (var (chunk, length) in _queue!.GetConsumingEnumerable())
        {
            // After a failure the chunks are only handed back, so the caller never waits on a writer that stopped.
            if (_failure is null)
                try
                {
                    _output.Write(chunk, 0, length);
                    unflushed += length;
                    if (unflushed >= FlushEvery)
                    {
                        _output.Flush(flushToDisk: true);
                        unflushed = 0;
                    }
                }
                catch (Exception e)
                {
                    _failure = e;
                }
            _free.Add(chunk);
        }
    }

    void ThrowIfFailed()
    {
        // The writer's own exception (a full disk's IOException, say), as if the caller had written.
        if (_failure is { } failure) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
    }

    /// <summary>Stops the writer (an operation that failed or was cancelled leaves its chunks unwritten); the caller deletes the file.</summary>
    public void Dispose()
    {
        if (_queue is not null && !_queue.IsAddingCompleted)
        {
            _failure ??= new OperationCanceledException();
            _queue.CompleteAdding();
            _writer!.Join();
        }
        _queue?.Dispose();
        _free.Dispose();
    }
}
