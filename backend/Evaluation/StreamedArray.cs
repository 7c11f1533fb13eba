// A row-major array filled chunk by chunk on a background thread while the first model already runs on the rows
// that have arrived: the dataset's arrays as read from their .npy files, and their casts to a model's input type.
// Reading Fashion-MNIST's 31 MB took ~19 ms of a ~270 ms CNN evaluation (measured with `bench evaluate`), and two
// 16 MB int64 token arrays read whole made a cold `bench evaluate --generate multi-input` request 1.26–1.30 × bare
// session.Run; streamed, its median over five runs on a shared 2-core machine went from 1.14 to 1.06.
// Readers wait only for the rows they use; a failed fill fails them with the file named.
namespace CompressCompare.Backend.Evaluation;

internal sealed class StreamedArray<T> where T : unmanaged
{
    /// <summary>Writes rows starting at <c>firstRow</c> into <c>rows</c> (whole rows); may block and throw.</summary>
    public delegate void Fill(int firstRow, Span<T> rows, CancellationToken cancellationToken);

    /// <summary>Bytes a chunk fills: a few MB, so the first batch starts after one small read.</summary>
    const int ChunkBytes = 4 << 20;

    readonly T[] _values;
    readonly int _rowValues;
    readonly object _gate = new();
    int _rowsFilled;
    Exception? _failure;

    StreamedArray(T[] values, int rows, int rowValues, int? rowsPerChunk)
    {
        _values = values;
        Rows = rows;
        _rowValues = rowValues;
        RowsPerChunk = rowsPerChunk ?? Math.Max(1, ChunkBytes / (Math.Max(rowValues, 1) * System.Runtime.CompilerServices.Unsafe.SizeOf<T>()));
    }

    public int Rows { get; }
    public int RowValues => _rowValues;
    /// <summary>Rows a fill writes at a time: a batch waits for at most this many beyond its own.</summary>
    public int RowsPerChunk { get; }

    /// <summary>True once every row is filled; false when the fill failed or was cancelled.</summary>
    public Task<bool> Completion { get; private set; } = Task.FromResult(false);

    public long Bytes => (long)_values.Length * System.Runtime.CompilerServices.Unsafe.SizeOf<T>();

    /// <summary>
    /// Starts filling <paramref name="rows"/> × <paramref name="rowValues"/> values with <paramref name="fill"/> in the background;
    /// <paramref name="source"/> (the file read) is disposed when it ends; <paramref name="path"/> names the file in a failure;
    /// <paramref name="rowsPerChunk"/> null sizes chunks at a few MB of <typeparamref name="T"/>.
    /// </summary>
    public static StreamedArray<T> Start(int rows, int rowValues, Fill fill, IDisposable? source, string path, CancellationToken cancellationToken, int? rowsPerChunk = null)
    {
        // Uninitialised: every value is overwritten by the fill, so zeroing tens of MB first would be wasted time.
        var array = new StreamedArray<T>(GC.AllocateUninitializedArray<T>(checked(rows * rowValues)), rows, rowValues, rowsPerChunk);
        array.Completion = Task.Run(() => array.Run(fill, source, path, cancellationToken), CancellationToken.None);
        return array;
    }

    /// <summary>The whole array once rows [0, <paramref name="rows"/>) are filled; the rest may still be arriving.</summary>
    public T[] UpTo(int rows, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            while (_rowsFilled < rows && _failure is null)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Monitor.Wait(_gate, 50);
            }
            if (_rowsFilled < rows) throw _failure is OperationCanceledException ? new OperationCanceledException(cancellationToken) : _failure!;
            return _values;
        }
    }

    bool Run(Fill fill, IDisposable? source, string path, CancellationToken cancellationToken)
    {
        try
        {
            using (source)
            {
                for (var row = 0; row < Rows; row += RowsPerChunk)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var count = Math.Min(RowsPerChunk, Rows - row);
                    fill(row, _values.AsSpan(row * _rowValues, count * _rowValues), cancellationToken);
                    lock (_gate)
                    {
                        _rowsFilled = row + count;
                        Monitor.PulseAll(_gate);
                    }
                }
            }
            return true;
        }
        catch (Exception e)
        {
            lock (_gate)
            {
                // A cast fed by a failed read passes on the read's error, which already names the file.
                _failure = e is OperationCanceledException or EvaluationException ? e
                    : new EvaluationException($"Cannot read {path}: {e.Message}", "Check that the file is readable and complete (write it again with numpy.save), then evaluate again.", path, e);
                Monitor.PulseAll(_gate);
            }
            return false;
        }
    }
}
