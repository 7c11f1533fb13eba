// The dataset's float32 inputs, read on a background thread in chunks of rows while the first model already
// runs on the rows that have arrived: reading Fashion-MNIST's 31 MB took ~19 ms of a ~270 ms CNN evaluation
// (measured with `bench evaluate`), time that inference now hides. Readers wait only for the rows they use.
namespace CompressCompare.Backend.Evaluation;

internal sealed class StreamedInputs
{
    /// <summary>Rows per read: a few MB, so the first batch starts after one small read.</summary>
    const int ChunkValues = 1 << 20;

    readonly float[] _values;
    readonly int _features;
    readonly object _gate = new();
    int _rowsRead;
    Exception? _failure;

    StreamedInputs(float[] values, int features)
    {
        _values = values;
        _features = features;
    }

    public int Rows => _features == 0 ? 0 : _values.Length / _features;

    /// <summary>True once every row is read; false when the read failed or was cancelled.</summary>
    public Task<bool> Completion { get; private set; } = Task.FromResult(false);

    /// <summary>Starts reading <paramref name="values"/> (positioned at the first value, holding rows × features floats) into memory; disposes it when done.</summary>
    public static StreamedInputs Start(FileStream values, int rows, int features, string path, CancellationToken cancellationToken)
    {
        // Uninitialised: every value is overwritten by the read, so zeroing 31 MB first would be wasted time.
        var inputs = new StreamedInputs(GC.AllocateUninitializedArray<float>(checked(rows * features)), features);
        inputs.Completion = Task.Run(() => inputs.Read(values, path, cancellationToken), CancellationToken.None);
        return inputs;
    }

    /// <summary>The whole array once rows [0, <paramref name="rows"/>) are read; the rest may still be arriving.</summary>
    public float[] UpTo(int rows, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            while (_rowsRead < rows && _failure is null)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Monitor.Wait(_gate, 50);
            }
            if (_rowsRead < rows) throw _failure is OperationCanceledException ? new OperationCanceledException(cancellationToken) : _failure!;
            return _values;
        }
    }

    bool Read(FileStream values, string path, CancellationToken cancellationToken)
    {
        try
        {
            using (values)
            {
                var rowsPerChunk = Math.Max(1, ChunkValues / Math.Max(_features, 1));
                for (var row = 0; row < Rows; row += rowsPerChunk)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var count = Math.Min(rowsPerChunk, Rows - row);
                    values.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(_values.AsSpan(row * _features, count * _features)));
                    lock (_gate)
                    {
                        _rowsRead = row + count;
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
                _failure = e is OperationCanceledException ? e
                    : new EvaluationException($"Cannot read {path}: {e.Message}", "Check that the file is readable and complete (write it again with numpy.save), then evaluate again.", path, e);
                Monitor.PulseAll(_gate);
            }
            return false;
        }
    }
}
