// Small ONNX models with the signatures real exports have (named int64/bool inputs, float16, a fixed batch,
// several outputs), built in the test so every expected output can be computed by hand, and a workspace that
// writes them with .npy arrays of any dtype and a spec over both.
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;
using Backend.Tests.Models.Onnx;
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Models.Onnx.Proto;
using CompressCompare.Backend.Spec;
using static CompressCompare.Backend.Models.Onnx.OnnxProtoFactory;

namespace Backend.Tests.Evaluation.Signatures;

internal static class SignatureModels
{
    /// <summary>The weights of <see cref="IdsAndMask"/>: logits = (float(ids) * float(mask)) @ W, W [3, 2].</summary>
    public static readonly float[] IdsWeights = [1f, 0f, 0f, 1f, 1f, -1f];

    /// <summary>input_ids int64 [batch, 3] and attention_mask bool [batch, 3] → logits float [batch, 2].</summary>
    public static ModelProto IdsAndMask()
    {
        var graph = new GraphProto { Name = "ids_and_mask", Initializer = { Floats("W", IdsWeights, [3, 2]) } };
        graph.Input.Add(ValueInfo("input_ids", OnnxDataType.Int64, "batch", 3));
        graph.Input.Add(ValueInfo("attention_mask", OnnxDataType.Bool, "batch", 3));
        graph.Output.Add(ValueInfo("logits", OnnxDataType.Float, "batch", 2));
        graph.Node.Add(Node("Cast", "ids_float", ["input_ids"], "ids_f", Int("to", (long)OnnxDataType.Float)));
        graph.Node.Add(Node("Cast", "mask_float", ["attention_mask"], "mask_f", Int("to", (long)OnnxDataType.Float)));
        graph.Node.Add(Node("Mul", "masked", ["ids_f", "mask_f"], "h"));
        graph.Node.Add(Node("MatMul", "head", ["h", "W"], "logits"));
        return OnnxProtoModels.Model(graph, 17);
    }

    /// <summary>x float16 [batch, 2] → y = x + [0.5, 0] float16 [batch, 2].</summary>
    public static ModelProto HalfPrecision()
    {
        var graph = new GraphProto { Name = "half", Initializer = { Tensor("c", OnnxDataType.Float16, (ReadOnlySpan<System.Half>)[(System.Half)0.5f, (System.Half)0f], [2]) } };
        graph.Input.Add(ValueInfo("x", OnnxDataType.Float16, "batch", 2));
        graph.Output.Add(ValueInfo("y", OnnxDataType.Float16, "batch", 2));
        graph.Node.Add(Node("Add", "add", ["x", "c"], "y"));
        return OnnxProtoModels.Model(graph, 17);
    }

    /// <summary>x float [<paramref name="batch"/>, 2] (a fixed batch) → y = [x0 - x1, x1 - x0].</summary>
    public static ModelProto FixedBatch(int batch)
    {
        var graph = new GraphProto { Name = "fixed_batch", Initializer = { Floats("W", [1f, -1f, -1f, 1f], [2, 2]) } };
        graph.Input.Add(ValueInfo("x", OnnxDataType.Float, batch, 2));
        graph.Output.Add(ValueInfo("y", OnnxDataType.Float, batch, 2));
        graph.Node.Add(Node("MatMul", "mm", ["x", "W"], "y"));
        return OnnxProtoModels.Model(graph, 17);
    }

    /// <summary>x float [batch, 2] → "first" = x and "second" = -x.</summary>
    public static ModelProto TwoOutputs()
    {
        var graph = new GraphProto { Name = "two_outputs" };
        graph.Input.Add(ValueInfo("x", OnnxDataType.Float, "batch", 2));
        graph.Output.Add(ValueInfo("first", OnnxDataType.Float, "batch", 2));
        graph.Output.Add(ValueInfo("second", OnnxDataType.Float, "batch", 2));
        graph.Node.Add(Node("Identity", "id", ["x"], "first"));
        graph.Node.Add(Node("Neg", "neg", ["x"], "second"));
        return OnnxProtoModels.Model(graph, 17);
    }

    /// <summary>x of <paramref name="type"/> [batch, 2] → y = float(x): how a bfloat16 or int32 input receives its array.</summary>
    public static ModelProto CastToFloat(OnnxDataType type)
    {
        var graph = new GraphProto { Name = "cast_to_float" };
        graph.Input.Add(ValueInfo("x", type, "batch", 2));
        graph.Output.Add(ValueInfo("y", OnnxDataType.Float, "batch", 2));
        graph.Node.Add(Node("Cast", "cast", ["x"], "y", Int("to", (long)OnnxDataType.Float)));
        return OnnxProtoModels.Model(graph, 17);
    }

    /// <summary>x float64 [batch, 2] → y: an input type the backend does not feed.</summary>
    public static ModelProto DoubleInput() => CastToFloat(OnnxDataType.Double);

    /// <summary>Writes a .npy of any dtype from its little-endian values (numpy.save's layout, version 1.0).</summary>
    public static void WriteNpy<T>(string path, string descr, ReadOnlySpan<T> values, params int[] shape) where T : unmanaged
    {
        var header = $"{{'descr': '{descr}', 'fortran_order': False, 'shape': ({string.Join(", ", shape)}{(shape.Length == 1 ? "," : "")}), }}";
        header = header.PadRight(header.Length + (64 - (10 + header.Length + 1) % 64) % 64) + "\n";
        using var stream = File.Create(path);
        stream.Write([0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y', 1, 0]);
        Span<byte> length = stackalloc byte[2];
        BinaryPrimitives.WriteUInt16LittleEndian(length, (ushort)header.Length);
        stream.Write(length);
        stream.Write(Encoding.ASCII.GetBytes(header));
        stream.Write(MemoryMarshal.AsBytes(values));
    }
}

/// <summary>A folder with models, arrays and a spec written by the test; deleted on dispose.</summary>
internal sealed class SignatureWorkspace : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("cc-sig-").FullName;
    public string Spec => Path.Combine(Folder, "models.json");
    public string CacheFolder => Path.Combine(Folder, ".compress-compare", "cache");

    public string File(string relative) => Path.Combine(Folder, relative);

    public void Model(string name, ModelProto model) => model.Save(File(name));

    /// <summary>Labels as int64 and the spec: <paramref name="models"/> and <paramref name="dataset"/> are JSON written as is.</summary>
    public void WriteSpec(long[] labels, string models, string dataset)
    {
        SignatureModels.WriteNpy<long>(File("y.npy"), "<i8", labels, labels.Length);
        System.IO.File.WriteAllText(Spec, "{\"models\": " + models + ", \"dataset\": {\"labels\": \"y.npy\", \"classes\": [\"a\", \"b\"], " + dataset + "}}");
    }

    public ParsedSpec Summary() => SpecParser.Parse(Spec, System.IO.File.ReadAllText(Spec), CancellationToken.None, System.IO.File.Exists);

    public string[] CacheFiles() => Directory.Exists(CacheFolder) ? Directory.GetFiles(CacheFolder) : [];

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
