// Decoded image batches for one model's evaluation, made ahead on background threads while the model runs the
// previous batch. Memory is bounded by the batch, not the dataset: at most Depth batches wait decoded, one is
// being decoded and one is in the model (Depth + 2 buffers, reused), whatever the number of images.
using System.Threading.Channels;
using CompressCompare.Backend.Data.Images;

namespace CompressCompare.Backend.Evaluation.Images;

internal sealed class ImageBatchStream : IDisposable
{
    /// <summary>Decoded batches waiting for the model: two keep it fed when one batch decodes slower than usual.</summary>
    public const int Depth = 2;

    sealed record Batch(int Start, int Count, float[] Values);

    readonly ImageFolder _folder;
    readonly ImageTransform _transform;
    readonly (int Height, int Width) _size;
    readonly int _values;
    readonly int _batch;
    readonly Channel<Batch> _ready = Channel.CreateBounded<Batch>(new BoundedChannelOptions(Depth) { SingleReader = true, SingleWriter = true });
    readonly Channel<float[]> _free = Channel.CreateUnbounded<float[]>();
    readonly CancellationTokenSource _stop = new();
    int _buffers;
    Batch? _current;

    /// <summary>Starts decoding batches of <paramref name="batch"/> images of <paramref name="size"/> at once.</summary>
    public ImageBatchStream(ImageFolder folder, ImageTransform transform, (int Height, int Width) size, int batch)
    {
        (_folder, _transform, _size, _batch) = (folder, transform, size, batch);
        _values = size.Height * size.Width * 3;
        Producer = Task.Run(ProduceAsync, CancellationToken.None);
    }

    /// <summary>Decode threads per batch: every core, as ONNX Runtime's own threads wait for the batch at the same time.</summary>
    public static int DecodeThreads { get; set; } = Environment.ProcessorCount;

    public Task Producer { get; }

    /// <summary>Buffers allocated so far (at most Depth + 2): the memory bound the benchmark reports.</summary>
    public int Buffers => _buffers;

    /// <summary>
    /// The batch of images <paramref name="start"/>..start+count, decoded and preprocessed, row-major in a buffer
    /// of at least batch × values floats; valid until the next call. Batches come in order, as the evaluation asks.
    /// </summary>
    public float[] Next(int start, int count, CancellationToken cancellationToken)
    {
        if (_current is not null) _free.Writer.TryWrite(_current.Values);
        _current = null;
        Batch batch;
        try
        {
            batch = _ready.Reader.ReadAsync(cancellationToken).AsTask().GetAwaiter().GetResult();
        }
        catch (ChannelClosedException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerException);
            throw;
        }
        if (batch.Start != start || batch.Count != count)
            throw new InvalidOperationException($"Image batches are made in order: asked for {start}+{count}, the next is {batch.Start}+{batch.Count}.");
        _current = batch;
        return batch.Values;
    }

    async Task ProduceAsync()
    {
        var token = _stop.Token;
        try
        {
            var n = _folder.Files.Length;
            for (var start = 0; start < n; start += _batch)
            {
                var count = Math.Min(_batch, n - start);
                var values = await RentAsync(token);
                var first = start;
                Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = DecodeThreads, CancellationToken = token },
                    i => Decode(_folder, _transform, _size, first + i, values.AsSpan(i * _values, _values)));
                await _ready.Writer.WriteAsync(new Batch(start, count, values), token);
            }
            _ready.Writer.TryComplete();
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            _ready.Writer.TryComplete(e.InnerExceptions[0]);
        }
        catch (Exception e)
        {
            _ready.Writer.TryComplete(e is OperationCanceledException ? new OperationCanceledException(token) : e);
        }
    }

    async ValueTask<float[]> RentAsync(CancellationToken token)
    {
        if (_free.Reader.TryRead(out var free)) return free;
        if (_buffers < Depth + 2)
        {
            _buffers++;
            return new float[(long)_batch * _values];
        }
        return await _free.Reader.ReadAsync(token);
    }

    /// <summary>Image <paramref name="index"/> of the folder, preprocessed into <paramref name="destination"/>; EvaluationException naming the file when it cannot be.</summary>
    public static void Decode(ImageFolder folder, ImageTransform transform, (int Height, int Width) size, int index, Span<float> destination)
    {
        var file = folder.Files[index];
        RgbImage image;
        try
        {
            image = transform.Geometry(ImageDecoder.Decode(file));
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            // Listing skipped the files whose ends show damage; one that still fails inside cannot be skipped now
            // without shifting every later instance, so the evaluation stops and caches nothing.
            throw new EvaluationException($"The image {file} (instance {index}) does not decode: {e.Message}.",
                "Replace or remove the file, then evaluate again (skipped files are left out when the folder is listed).", file, e);
        }
        if ((image.Height, image.Width) != size)
            throw new EvaluationException(
                $"The image {file} (instance {index}) is {image.Width}×{image.Height} after preprocessing, but the model's instances are {size.Width}×{size.Height}.",
                "Give \"images\".\"preprocess\" a \"resize\" and a \"centerCrop\" so that every image comes out the same size.", file);
        transform.Write(image, destination);
    }

    public void Dispose()
    {
        _stop.Cancel();
        try
        {
            Producer.Wait(TimeSpan.FromSeconds(10));
        }
        catch (AggregateException)
        {
            // Its failure already reached the reader, or nobody is reading any more.
        }
        _stop.Dispose();
    }
}
