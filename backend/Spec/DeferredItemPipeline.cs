// Hands the deferred array's items (the spec's models) to their reader on a second thread while the JSON reader goes
// on building the next ones. At 100,000 models building the items' nodes was about 60% of the parse and reading the
// models from them 40%, one after the other on one core. Items travel in batches, each with its own node pool, so no
// node is written by one thread while the other reads it. The first items are read on the caller's thread as they
// come, from one pool reused per item: a spec of a few thousand models parses in milliseconds either way, and the
// batches' pools (about 0.5 MB) would be a large part of its summary's memory.
using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace CompressCompare.Backend.Spec;

/// <summary>
/// Calls the item reader once per item, in order, on one thread at a time. The JSON reader builds each item from
/// <see cref="Nodes"/>, then hands it over with <see cref="Add"/>; <see cref="Finish"/> returns once every item was
/// read. Disposing without finishing (the JSON was bad, or the parse cancelled) stops the reading and waits for it.
/// </summary>
internal sealed class DeferredItemPipeline(Action<JsonNode, int> readItem) : IDisposable
{
    /// <summary>Items read on the caller's thread, one at a time, before batches start.</summary>
    internal const int InlineItems = 4096;
    internal const int BatchSize = 64;
    // Batches in existence: the JSON reader runs at most this many minus one ahead, so memory stays bounded.
    private const int Batches = 4;

    private sealed class Batch
    {
        public readonly JsonNodePool Nodes = new();
        public readonly List<(JsonNode Item, int Index)> Items = new(BatchSize);
    }

    // One core: the second thread could only take turns with the first.
    private readonly bool _concurrent = Environment.ProcessorCount > 1;
    private readonly BlockingCollection<Batch> _full = [];
    private readonly BlockingCollection<Batch> _free = [];
    private Batch _filling = new();
    private int _batches = 1;
    private Task? _reading;
    private ExceptionDispatchInfo? _failure;
    private volatile bool _stopped;

    /// <summary>Where the next item's nodes come from; they stay valid until that item has been read.</summary>
    public JsonNodePool Nodes => _filling.Nodes;

    /// <summary>Queues item <paramref name="index"/> (0, 1, 2… in turn), built from <see cref="Nodes"/>, for reading.</summary>
    public void Add(JsonNode item, int index)
    {
        _filling.Items.Add((item, index));
        if (!_concurrent || index < InlineItems)
        {
            // Before any batch has started, so this item is the only one queued.
            Read(_filling);
            return;
        }
        if (_filling.Items.Count < BatchSize) return;
        _reading ??= Task.Factory.StartNew(ReadAll, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        _full.Add(_filling);
        _filling = _batches < Batches ? NewBatch() : _free.Take();
    }

    /// <summary>Reads what is left and waits until every item has been read; rethrows what the item reader threw.</summary>
    public void Finish()
    {
        if (_reading is null)
        {
            Read(_filling);
        }
        else
        {
            _full.Add(_filling);
            _full.CompleteAdding();
            _reading.GetAwaiter().GetResult();
        }
        _failure?.Throw();
    }

    public void Dispose()
    {
        if (_reading is not null && !_full.IsAddingCompleted)
        {
            _stopped = true;
            _full.CompleteAdding();
            _reading.GetAwaiter().GetResult();
        }
        _full.Dispose();
        _free.Dispose();
    }

    private Batch NewBatch()
    {
        _batches++;
        return new Batch();
    }

    private void ReadAll()
    {
        foreach (var batch in _full.GetConsumingEnumerable())
        {
            if (!_stopped && _failure is null)
            {
                try
                {
                    Read(batch);
                }
                catch (Exception e)
                {
                    // Kept for Finish to rethrow on the parsing thread; the batches still go back, so the JSON reader never waits forever.
                    _failure = ExceptionDispatchInfo.Capture(e);
                }
            }
            else
            {
                Clear(batch);
            }
            _free.Add(batch);
        }
    }

    private void Read(Batch batch)
    {
        try
        {
            foreach (var (item, index) in batch.Items)
            {
                if (_stopped) break;
                readItem(item, index);
            }
        }
        finally
        {
            Clear(batch);
        }
    }

    private static void Clear(Batch batch)
    {
        batch.Items.Clear();
        batch.Nodes.Reset();
    }
}
