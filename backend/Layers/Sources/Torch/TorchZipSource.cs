// PyTorch `.pt`/`.pth`/`.bin` checkpoints in torch.save's zip format, read without libtorch or Python: the pickle
// (<archive>/data.pkl) goes through TorchPickle, which runs no code, and each tensor is read on demand from its
// storage entry (<archive>/data/<key>), so probing holds one tensor at a time as with safetensors. A checkpoint that
// keeps its weights under a key ({"state_dict": …}, {"model": …}) is read from the dict that holds the most tensors.
using System.IO.Compression;
using CompressCompare.Backend.Data;
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Files;
using CompressCompare.Backend.Models;

namespace CompressCompare.Backend.Layers.Sources.Torch;

/// <summary>A checkpoint the probe will not read; <see cref="Hint"/> says how to save one it will.</summary>
public sealed class TorchCheckpointException(string message) : Exception(message)
{
    public string Hint => "Save the weights again as a plain state dict: torch.save(model.state_dict(), path), or safetensors.torch.save_file; load a file you did not make in Python only if you trust its source.";
}

public sealed class TorchZipSource : ITensorRangeSource
{
    public static readonly string[] Extensions = [".pt", ".pth", ".bin"];
    // Pickles of state dicts with thousands of tensors take a few hundred KB; more is a foreign or hostile file.
    const long MaxPickleBytes = 64L * 1024 * 1024;
    // Real checkpoints nest a state dict two or three levels deep; a deeper structure is not a checkpoint.
    const int MaxDepth = 32;
    // Objects shared through the pickle's memo are visited once per path to them: lists that each hold the one
    // below twice would name 2^depth tensors. No state dict comes near this many named objects.
    const int MaxVisits = 4_000_000;

    readonly ZipArchive _zip;
    readonly TorchStoredEntries _stored;
    readonly string _prefix;
    readonly Dictionary<string, TorchTensor> _views = [];

    public string File { get; }
    public IReadOnlyList<TensorInfo> Tensors { get; }

    public TorchZipSource(string file)
    {
        File = file;
        var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.RandomAccess);
        try
        {
            Span<byte> magic = stackalloc byte[2];
            if (stream.Read(magic) != 2 || magic[0] != (byte)'P' || magic[1] != (byte)'K')
                throw new TorchCheckpointException(magic[0] == 0x80
                    ? $"{file} is a PyTorch checkpoint in the legacy (pre-1.6) format, which the probe does not read. Re-save it with torch.save(obj, path, _use_new_zipfile_serialization=True), or convert it to safetensors (safetensors.torch.save_file)."
                    : $"{file} is not a torch.save checkpoint (it is not a zip archive). Save the state dict with torch.save, or convert it to safetensors.");
            stream.Position = 0;
            _zip = new ZipArchive(stream, ZipArchiveMode.Read);
            _stored = new TorchStoredEntries(file, stream);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
        try
        {
            var pickle = _zip.Entries.Where(e => e.FullName.EndsWith("/data.pkl", StringComparison.Ordinal) && e.FullName.Count(c => c == '/') == 1).ToList();
            if (pickle.Count != 1) throw Invalid(pickle.Count == 0 ? "it has no <name>/data.pkl entry (a TorchScript or foreign zip?)" : "it has several data.pkl entries");
            _prefix = pickle[0].FullName[..^"data.pkl".Length];
            if (_zip.GetEntry(_prefix + "byteorder") is { } order && ReadAll(order, 16).Trim() is var text && text != "little")
                throw Invalid($"its tensors are stored {Names.Short(text)}-endian; load and re-save it on a little-endian machine");
            Tensors = Collect(Unpickle(pickle[0]));
        }
        catch
        {
            _zip.Dispose();
            throw;
        }
    }

    object? Unpickle(ZipArchiveEntry entry)
    {
        if (entry.Length > MaxPickleBytes) throw Invalid($"its data.pkl declares {entry.Length >> 20} MiB, more than a state dict's {MaxPickleBytes >> 20} MiB limit");
        var bytes = new byte[entry.Length];
        using (var stream = entry.Open())
            if (stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false) != bytes.Length) throw Invalid("its data.pkl is cut short");
        try
        {
            return TorchPickle.Load(bytes);
        }
        catch (InvalidDataException e)
        {
            throw Invalid(e.Message);
        }
    }

    List<TensorInfo> Collect(object? root)
    {
        var best = Best(root);
        var named = new List<(string, TorchTensor)>();
        if (best is TorchTensor single) named.Add(("tensor", single));
        else if (best is not null)
        {
            var visits = 0;
            Flatten(best, "", 0, named, ref visits);
        }
        if (named.Count == 0) throw Invalid("it holds no tensors");
        var tensors = new List<TensorInfo>(named.Count);
        foreach (var (name, view) in named)
        {
            Check(name, view);
            if (!_views.TryAdd(name, view)) throw Invalid($"tensor \"{Names.Short(name)}\" is named twice");
            tensors.Add(new TensorInfo(name, view.Shape, view.Storage.DataType));
        }
        return tensors;
    }

    /// <summary>The dict with the most tensors as direct values, nearest the top first (the state dict of a training checkpoint).</summary>
    static object? Best(object? root)
    {
        (object? Node, int Tensors) best = (root is TorchTensor ? root : null, 0);
        var queue = new Queue<(object? Node, int Depth)>([(root, 0)]);
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        while (queue.TryDequeue(out var item))
        {
            if (item.Node is null || item.Depth > MaxDepth || item.Node is string or long or double or bool || !seen.Add(item.Node)) continue;
            var children = Children(item.Node).ToList();
            var direct = children.Count(c => c.Value is TorchTensor);
            if (direct > best.Tensors) best = (item.Node, direct);
            foreach (var child in children) queue.Enqueue((child.Value, item.Depth + 1));
        }
        return best.Node;
    }

    void Flatten(object node, string prefix, int depth, List<(string, TorchTensor)> named, ref int visits)
    {
        if (depth > MaxDepth) throw Invalid($"its objects nest deeper than {MaxDepth} levels");
        foreach (var (key, value) in Children(node))
        {
            if (++visits > MaxVisits) throw Invalid($"it names more than {MaxVisits:N0} objects (shared lists or dicts reached many times over)");
            var name = prefix.Length == 0 ? key : $"{prefix}.{key}";
            if (value is TorchTensor tensor) named.Add((name, tensor));
            else if (value is PickleDict or List<object?> or PickleTuple) Flatten(value, name, depth + 1, named, ref visits);
        }
    }

    static IEnumerable<(string Key, object? Value)> Children(object node) => node switch
    {
        PickleDict dict => dict.Items.Select(kv => (Convert.ToString(kv.Key, System.Globalization.CultureInfo.InvariantCulture) ?? "None", kv.Value)),
        List<object?> list => list.Select((v, i) => (i.ToString(System.Globalization.CultureInfo.InvariantCulture), v)),
        PickleTuple tuple => tuple.Items.Select((v, i) => (i.ToString(System.Globalization.CultureInfo.InvariantCulture), v)),
        _ => [],
    };

    void Check(string name, TorchTensor view)
    {
        var size = SafetensorsDtype.Size(view.Storage.DataType, File, name);
        var (lowest, highest) = TorchView.Span(view) ?? throw Invalid($"tensor \"{Names.Short(name)}\" has a negative or overflowing shape, stride or offset");
        if (highest >= view.Storage.Count && TorchView.Count(view) > 0)
            throw Invalid($"tensor \"{Names.Short(name)}\" reads element {highest} of storage {view.Storage.Key}, which holds {view.Storage.Count}");
        var entry = _zip.GetEntry($"{_prefix}data/{view.Storage.Key}") ?? throw Invalid($"tensor \"{Names.Short(name)}\" has no storage entry data/{Names.Short(view.Storage.Key)}");
        if (entry.Length / size < view.Storage.Count) throw Invalid($"storage {view.Storage.Key} of tensor \"{Names.Short(name)}\" holds {entry.Length} bytes, fewer than its {view.Storage.Count} elements of {size} bytes");
        // A strided view is read through the stretch of storage it spans; that stretch is what memory must hold.
        if (!TorchView.IsContiguous(view)) MemoryBudget.Check(highest - lowest + 1 + TorchView.Count(view), sizeof(float), File, $"strided tensor \"{Names.Short(name)}\"");
    }

    public void Read(TensorInfo tensor, Span<float> destination)
    {
        try
        {
            ReadWhole(tensor, destination);
        }
        catch (Exception e) when (e is TorchCheckpointException or InvalidDataException or IOException)
        {
            throw Reported(tensor, e);
        }
    }

    /// <summary>
    /// A read of <paramref name="tensor"/> that failed because the file turns out damaged (a storage's zip entry is only
    /// opened now), as the probe's coded error with its hint, the way opening reports it.
    /// </summary>
    BackendException Reported(TensorInfo tensor, Exception e) => e switch
    {
        TorchCheckpointException torch => TensorSources.Invalid(torch.Message, File, null, torch.Hint),
        InvalidDataException => TensorSources.Invalid($"{File} is not a readable PyTorch checkpoint: the storage of tensor \"{Names.Short(tensor.Name)}\" cannot be read ({e.Message})",
            File, null, "Check that the file is complete, or save it again with torch.save(model.state_dict(), path)."),
        _ => TensorSources.Error($"{File}: reading tensor \"{Names.Short(tensor.Name)}\" failed: {e.Message}", File, null, "Check that the file is complete and readable, or save it again."),
    };

    void ReadWhole(TensorInfo tensor, Span<float> destination)
    {
        var view = _views[tensor.Name];
        var count = checked((int)TorchView.Count(view));
        if (count == 0) return;
        var size = SafetensorsDtype.Size(view.Storage.DataType, File, tensor.Name);
        var (lowest, highest) = TorchView.Span(view)!.Value;
        var entry = _zip.GetEntry($"{_prefix}data/{view.Storage.Key}")!;
        using var stream = entry.Open();
        Skip(stream, lowest * size, tensor.Name);
        if (TorchView.IsContiguous(view))
        {
            Decode(stream, destination[..count], size, view.Storage.DataType, tensor.Name);
            return;
        }
        var stretch = new float[checked((int)(highest - lowest + 1))];
        Decode(stream, stretch, size, view.Storage.DataType, tensor.Name);
        TorchView.Gather(view, stretch, lowest, destination[..count]);
    }

    public bool ReadsRangesOf(TensorInfo tensor)
    {
        var view = _views[tensor.Name];
        return TorchView.IsContiguous(view) && _zip.GetEntry($"{_prefix}data/{view.Storage.Key}") is { } entry && _stored.Locate(entry) is not null;
    }

    /// <summary>Reads values of a contiguous tensor whose storage entry is stored uncompressed (see ReadsRangesOf) by position: safe on several threads.</summary>
    public void ReadRange(TensorInfo tensor, long start, Span<float> destination)
    {
        try
        {
            ReadStretch(tensor, start, destination);
        }
        catch (Exception e) when (e is TorchCheckpointException or IOException)
        {
            throw Reported(tensor, e);
        }
    }

    void ReadStretch(TensorInfo tensor, long start, Span<float> destination)
    {
        var view = _views[tensor.Name];
        if (start < 0 || start + destination.Length > TorchView.Count(view))
            throw new ArgumentOutOfRangeException(nameof(start), $"Values {start}..{start + destination.Length} are outside tensor \"{tensor.Name}\" ({tensor.Count} values).");
        var size = SafetensorsDtype.Size(view.Storage.DataType, File, tensor.Name);
        var storage = _stored.Locate(_zip.GetEntry($"{_prefix}data/{view.Storage.Key}")!)
            ?? throw new InvalidOperationException($"Tensor \"{tensor.Name}\" cannot be read by ranges; check ReadsRangesOf first.");
        var at = storage + (view.Offset + start) * size;
        Func<Exception> cutShort = () => Invalid($"the storage of tensor \"{Names.Short(tensor.Name)}\" is cut short");
        if (view.Storage.DataType == "F32" && BitConverter.IsLittleEndian)
        {
            _stored.Read(System.Runtime.InteropServices.MemoryMarshal.AsBytes(destination), at, cutShort);
            return;
        }
        ChunkedDecode.Into(destination, size, at, (bytes, offset) => _stored.Read(bytes, offset, cutShort),
            (bytes, values) => SafetensorsDtype.Convert(view.Storage.DataType, bytes, values));
    }

    void Decode(Stream stream, Span<float> values, int size, string dtype, string tensor)
    {
        // The zip entry is read in order; ChunkedDecode's offsets follow that order.
        ChunkedDecode.Into(values, size, 0, (bytes, _) =>
        {
            if (stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false) != bytes.Length) throw Invalid($"the storage of tensor \"{Names.Short(tensor)}\" is cut short");
        }, (bytes, floats) => SafetensorsDtype.Convert(dtype, bytes, floats));
    }

    void Skip(Stream stream, long bytes, string tensor)
    {
        if (stream.CanSeek) { stream.Seek(bytes, SeekOrigin.Current); return; }
        Span<byte> sink = stackalloc byte[8192];
        while (bytes > 0)
        {
            var n = stream.Read(sink[..(int)Math.Min(sink.Length, bytes)]);
            if (n == 0) throw Invalid($"the storage of tensor \"{Names.Short(tensor)}\" is cut short");
            bytes -= n;
        }
    }

    static string ReadAll(ZipArchiveEntry entry, int max)
    {
        var bytes = new byte[max];
        using var stream = entry.Open();
        return System.Text.Encoding.ASCII.GetString(bytes, 0, stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false));
    }

    TorchCheckpointException Invalid(string problem) =>
        new($"{File} is not a readable PyTorch checkpoint: {problem}.");

    public void Dispose()
    {
        _stored.Dispose();
        _zip.Dispose();
    }
}
