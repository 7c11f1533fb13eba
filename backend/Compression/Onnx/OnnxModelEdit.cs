// An ONNX model opened for an operation that changes its graph (quantization, palettization, float16, channel pruning,
// calibration): the ModelProto with the main graph's large initializers left in the file (OnnxIndexedParser), so a
// 500 MB model costs its structure, not 500 MB. The operation edits Graph (nodes, small initializers) freely, reads a
// weight's values one tensor at a time (ReadFloats) and adds large new tensors with AddInitializer, which spills their
// bytes to a scratch file beside the spec. Save then streams the model out: every deferred payload is copied from
// the source or the scratch file into raw_data, through a writer thread's few chunks, so memory never holds the model.
using System.Globalization;
using System.Runtime.InteropServices;
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Files;
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Models.Onnx.Proto;
using CompressCompare.Protocol.Rpc;
using Google.Protobuf;

namespace CompressCompare.Backend.Compression.Onnx;

public sealed class OnnxModelEdit : IDisposable
{
    /// <summary>New tensors smaller than this are kept in raw_data; larger ones go to the scratch file.</summary>
    const int InlineBytes = 64 * 1024;
    const int CopyBuffer = 1 << 18;
    // Field numbers from onnx/onnx.proto.
    const int ModelGraph = 7, GraphInitializer = 5, TensorRawData = 9;

    readonly string _realSource;
    readonly string _scratchFolder;
    readonly string _scratchName;
    FileStream? _scratch;

    OnnxModelEdit(string source, string realSource, string scratchFolder, ModelProto model)
    {
        Source = source;
        _realSource = realSource;
        _scratchFolder = scratchFolder;
        Model = model;
        _scratchName = $".{Path.GetFileName(realSource)}.{Guid.NewGuid():N}.scratch";
    }

    /// <summary>The path the model was opened from, as given.</summary>
    public string Source { get; }
    internal ModelProto Model { get; }
    internal GraphProto Graph => Model.Graph;

    /// <summary>
    /// Opens <paramref name="source"/>, a model of the spec at <paramref name="specPath"/> (which bounds where files are read).
    /// Models whose weights live in external data files are refused: the edit writes one self-contained file.
    /// </summary>
    public static OnnxModelEdit Open(string source, string specPath)
    {
        var realSource = WorkspacePolicy.Current.ToRead(source, specPath, FileKind.Model);
        var model = OnnxModelReader.OpenIndexed(realSource).Model;
        if (model.Graph is null) throw new OnnxModelException(source, "The file holds no graph.", "Export the model again.");
        var external = model.Graph.Initializer.FirstOrDefault(t => t.DataLocation == TensorProto.Types.DataLocation.External && !InSource(t, realSource));
        if (external is not null)
            throw new OnnxModelException(source, $"Weight '{external.Name}' is stored in an external data file; compression writes one self-contained .onnx file.",
                "Save the model with its weights inside the file (onnx.save_model(model, path, save_as_external_data=False)) if it is under 2 GB.", external.Name);
        // The scratch file goes beside the spec, where results are written anyway (the model's own folder may be read-only).
        var scratchFolder = Path.GetDirectoryName(WorkspacePolicy.Current.ToWrite(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(specPath))!, ".scratch"), specPath))!;
        return new OnnxModelEdit(source, realSource, scratchFolder, model);
    }

    /// <summary>Raises the model's opset to <paramref name="minimum"/> where that is safe (OnnxOpsetUpgrade); <paramref name="why"/> names what needs it.</summary>
    internal void RequireOpset(int minimum, string why) => OnnxOpsetUpgrade.Require(Model, minimum, Source, why);

    /// <summary>The initializer called <paramref name="name"/>, or null.</summary>
    internal TensorProto? Initializer(string name) => Graph.Initializer.FirstOrDefault(t => t.Name == name);

    /// <summary>The element count of <paramref name="tensor"/> (its dims' product).</summary>
    internal static long CountOf(TensorProto tensor) => tensor.Dims.Aggregate(1L, (a, d) => a * d);

    /// <summary>Reads a floating-point initializer (float32, float16, bfloat16 or double) as float32 values into <paramref name="values"/> (CountOf long).</summary>
    internal void ReadFloats(TensorProto tensor, Span<float> values)
    {
        var type = (OnnxDataType)tensor.DataType;
        if (!type.IsFloatingPoint()) throw new ArgumentException($"Tensor '{tensor.Name}' is {type}, not floating point.", nameof(tensor));
        OnnxModelException Problem(string problem, string hint) => new(Source, $"Tensor '{tensor.Name}' {problem}", hint, tensor.Name);
        if (tensor.DataLocation == TensorProto.Types.DataLocation.External)
            OnnxExternalData.ReadFloats(tensor, _realSource, tensor.Name, type, values, Problem);
        else
            OnnxTensorDecoder.DecodeFloats(tensor, type, tensor.RawData.Span, values, Problem);
    }

    /// <summary>A floating-point initializer's values as a new array.</summary>
    internal float[] ReadFloats(TensorProto tensor)
    {
        var values = new float[checked((int)CountOf(tensor))];
        ReadFloats(tensor, values);
        return values;
    }

    /// <summary>
    /// A new initializer of <paramref name="type"/> and <paramref name="dims"/> holding the little-endian <paramref name="raw"/>
    /// bytes, added to the graph (after removing any initializer of the same name). Large ones are written to the scratch file now and
    /// copied into the model by Save, so the caller can reuse its buffer for the next tensor.
    /// </summary>
    internal TensorProto AddInitializer(string name, OnnxDataType type, IEnumerable<long> dims, ReadOnlySpan<byte> raw)
    {
        RemoveInitializer(name);
        var tensor = new TensorProto { Name = name, DataType = (int)type };
        tensor.Dims.AddRange(dims);
        if (raw.Length < InlineBytes) tensor.RawData = ByteString.CopyFrom(raw);
        else
        {
            _scratch ??= new FileStream(Path.Combine(_scratchFolder, _scratchName), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None,
                1 << 16, FileOptions.DeleteOnClose);
            var offset = _scratch.Length;
            _scratch.Seek(offset, SeekOrigin.Begin);
            // In copy-buffer pieces: a single write of a large tensor runs at a fraction of a plain copy's speed (bench compress).
            for (var from = 0; from < raw.Length; from += CopyBuffer) _scratch.Write(raw[from..Math.Min(raw.Length, from + CopyBuffer)]);
            tensor.DataLocation = TensorProto.Types.DataLocation.External;
            tensor.ExternalData.Add(Entry("location", _scratchName));
            tensor.ExternalData.Add(Entry("offset", offset.ToString(CultureInfo.InvariantCulture)));
            tensor.ExternalData.Add(Entry("length", raw.Length.ToString(CultureInfo.InvariantCulture)));
        }
        Graph.Initializer.Add(tensor);
        return tensor;
    }

    /// <summary>A new float32 initializer (see the byte overload).</summary>
    internal TensorProto AddInitializer(string name, IEnumerable<long> dims, ReadOnlySpan<float> values) =>
        AddInitializer(name, OnnxDataType.Float, dims, MemoryMarshal.AsBytes(values));

    /// <summary>Removes the initializer called <paramref name="name"/>, if any; true when there was one.</summary>
    internal bool RemoveInitializer(string name)
    {
        for (var i = 0; i < Graph.Initializer.Count; i++)
            if (Graph.Initializer[i].Name == name)
            {
                Graph.Initializer.RemoveAt(i);
                return true;
            }
        return false;
    }

    /// <summary>
    /// Writes the edited model to <paramref name="target"/> (for the spec at <paramref name="specPath"/>), whole or not at all, never
    /// replacing an existing file. Payloads are streamed from the source and scratch files one copy buffer at a time.
    /// </summary>
    public void Save(string target, string specPath, CancellationToken cancellationToken = default)
    {
        var realTarget = WorkspacePolicy.Current.ToWrite(target, specPath);
        if (File.Exists(realTarget) || new FileInfo(realTarget).LinkTarget is not null)
            throw new BackendException(RpcErrorCodes.SpecNotWritable, $"{target} already exists; it was left as it is and nothing was written.",
                new RpcErrorData { File = target, Hint = "Choose another model id, or move the existing file away first." });
        _scratch?.Flush();
        // Each initializer as written: its fields without the deferred payload, and where that payload's bytes are.
        var tensors = Graph.Initializer.Select(Plan).ToArray();
        var graphShell = Graph.Clone();
        graphShell.Initializer.Clear();
        var modelShell = Model.Clone();
        modelShell.Graph = null;
        // IR 3 required every initializer to be a graph input too; 4 dropped that rule, so the result is valid either way.
        modelShell.IrVersion = Math.Max(modelShell.IrVersion, OnnxOpsetUpgrade.IrVersionFor(OnnxOpsetUpgrade.Current(Model)));
        var graphSize = graphShell.CalculateSize() + tensors.Sum(t => (long)TagSize(GraphInitializer) + LengthSize(t.Size) + t.Size);
        if (graphSize > int.MaxValue)
            throw new OnnxModelException(target, "The result would be over 2 GB, which one .onnx file cannot hold.", "Compress fewer layers at once, or a smaller model.");

        Directory.CreateDirectory(Path.GetDirectoryName(realTarget)!);
        var temp = AtomicFile.TempPathFor(realTarget);
        try
        {
            using (var source = File.OpenHandle(_realSource, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan))
            // Unbuffered: the writer hands over whole chunks. Payloads are copied while the writer thread writes (PipelinedFileWriter).
            using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0))
            using (var writer = PipelinedFileWriter.Open(file, tensors.Select(t => t.Payload?.Length ?? 0).DefaultIfEmpty().Max()))
            {
                var output = new PipelinedWriteStream(writer);
                var buffer = new byte[CopyBuffer];
                Coded(output, c => modelShell.WriteTo(c));
                Coded(output, c =>
                {
                    c.WriteTag(ModelGraph, WireFormat.WireType.LengthDelimited);
                    c.WriteLength((int)graphSize);
                    graphShell.WriteTo(c);
                });
                foreach (var tensor in tensors)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    Coded(output, c =>
                    {
                        c.WriteTag(GraphInitializer, WireFormat.WireType.LengthDelimited);
                        c.WriteLength(tensor.Size);
                        tensor.Shell.WriteTo(c);
                        if (tensor.Payload is { } payload)
                        {
                            c.WriteTag(TensorRawData, WireFormat.WireType.LengthDelimited);
                            c.WriteLength((int)payload.Length);
                        }
                    });
                    if (tensor.Payload is { } at)
                    {
                        if (at.InScratch) CopyScratch(output, at.Offset, at.Length, buffer);
                        else OnnxWeightRewriter.CopyRange(source, output, at.Offset, at.Offset + at.Length, buffer);
                    }
                }
                output.Complete();
            }
            cancellationToken.ThrowIfCancellationRequested();
            AtomicFile.PublishNew(temp, realTarget);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    /// <summary>Deletes the scratch file (FileOptions.DeleteOnClose).</summary>
    public void Dispose() => _scratch?.Dispose();

    readonly record struct Payload(bool InScratch, long Offset, long Length);
    readonly record struct PlannedTensor(TensorProto Shell, Payload? Payload, int Size);

    PlannedTensor Plan(TensorProto tensor)
    {
        if (tensor.DataLocation != TensorProto.Types.DataLocation.External) return new PlannedTensor(tensor, null, tensor.CalculateSize());
        var (location, offset, length) = Where(tensor);
        var inScratch = location == _scratchName;
        if (!inScratch && location != Path.GetFileName(_realSource))
            throw new InvalidOperationException($"Tensor '{tensor.Name}' points at external data '{location}', which an edit cannot carry.");
        var shell = tensor.Clone();
        shell.DataLocation = TensorProto.Types.DataLocation.Default;
        shell.ExternalData.Clear();
        var size = (long)shell.CalculateSize() + TagSize(TensorRawData) + LengthSize(length) + length;
        if (size > int.MaxValue) throw new InvalidOperationException($"Tensor '{tensor.Name}' is over 2 GB.");
        return new PlannedTensor(shell, new Payload(inScratch, offset, length), (int)size);
    }

    static (string Location, long Offset, long Length) Where(TensorProto tensor)
    {
        string location = "";
        long offset = 0, length = 0;
        foreach (var entry in tensor.ExternalData)
            switch (entry.Key)
            {
                case "location": location = entry.Value; break;
                case "offset": offset = long.Parse(entry.Value, CultureInfo.InvariantCulture); break;
                case "length": length = long.Parse(entry.Value, CultureInfo.InvariantCulture); break;
            }
        return (location, offset, length);
    }

    static bool InSource(TensorProto tensor, string realSource) => Where(tensor).Location == Path.GetFileName(realSource);

    static StringStringEntryProto Entry(string key, string value) => new() { Key = key, Value = value };
    static int TagSize(int field) => CodedOutputStream.ComputeTagSize(field);
    static int LengthSize(long length) => CodedOutputStream.ComputeLengthSize((int)length);

    /// <summary>Writes with a CodedOutputStream flushed into <paramref name="output"/> before raw bytes follow.</summary>
    static void Coded(Stream output, Action<CodedOutputStream> write)
    {
        using var coded = new CodedOutputStream(output, leaveOpen: true);
        write(coded);
        coded.Flush();
    }

    void CopyScratch(Stream output, long offset, long length, byte[] buffer)
    {
        _scratch!.Seek(offset, SeekOrigin.Begin);
        for (long done = 0; done < length;)
        {
            var got = _scratch.Read(buffer, 0, (int)Math.Min(buffer.Length, length - done));
            if (got == 0) throw new InvalidDataException("The scratch file ended early; run the operation again.");
            output.Write(buffer, 0, got);
            done += got;
        }
    }
}
