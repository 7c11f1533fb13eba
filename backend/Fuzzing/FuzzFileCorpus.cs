// The valid model, dataset and outputs files the fuzzer starts from, written in-process by the backend's own writers
// (ONNX with float, int8 DequantizeLinear and palettized weights, Constant nodes, an If subgraph and external data;
// safetensors; torch.save zips; QOperator int8 ONNX; .npy; Arrow outputs; CSV) or, where the writer needs libtorch (.dat) or none exists (IDX), byte by byte
// in the documented layout. Small on purpose: thousands of mutations a minute, each still reaching every field.
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using CompressCompare.Backend.Data;
using CompressCompare.Backend.Evaluation;
using CompressCompare.Backend.Models;
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Models.Onnx.Proto;
using Google.Protobuf;
using static CompressCompare.Backend.Models.Onnx.OnnxProtoFactory;

namespace CompressCompare.Backend.Fuzzing;

public static class FuzzFileCorpus
{
    public static List<FuzzSeed> Build(string scratch)
    {
        var random = new Random(7);
        var seeds = new List<FuzzSeed>();
        // Each ONNX file goes to both ONNX entry points: probing (weights on demand) and the reader (weights decoded).
        foreach (var target in new[] { FuzzTargets.Onnx, FuzzTargets.OnnxWeights })
        {
            foreach (var (name, model) in Models(random))
            {
                using var stream = new MemoryStream();
                OnnxModelWriter.Write(model, stream);
                seeds.Add(new FuzzSeed(target, name, ".onnx", stream.ToArray()));
            }
            seeds.Add(new FuzzSeed(target, "constants-and-folding", ".onnx", ConstantsAndFolding().ToByteArray()));
            var (external, data) = ExternalData();
            seeds.Add(new FuzzSeed(target, "external-data", ".onnx", external.ToByteArray(), new Dictionary<string, byte[]> { [ExternalFile] = data }));
        }

        seeds.Add(new FuzzSeed(FuzzTargets.Safetensors, "f32", ".safetensors", Safetensors(scratch, random)));
        seeds.Add(new FuzzSeed(FuzzTargets.Safetensors, "f16-i8", ".safetensors", SafetensorsOfTypes()));
        seeds.Add(new FuzzSeed(FuzzTargets.Dat, "state-dict", ".dat", StateDict(random)));
        seeds.Add(new FuzzSeed(FuzzTargets.Npy, "f4", ".npy", Npy(scratch, NpyArray.OfFloats([.. Values(random, 24)], 2, 3, 4))));
        seeds.Add(new FuzzSeed(FuzzTargets.Npy, "i8", ".npy", Npy(scratch, NpyArray.OfInt64([0, 1, 2, 1, 0, 2], 6))));
        seeds.Add(new FuzzSeed(FuzzTargets.Idx, "images", ".idx", Idx(random)));
        seeds.Add(new FuzzSeed(FuzzTargets.Idx, "images-gz", ".gz", Gzip(Idx(random))));
        seeds.Add(new FuzzSeed(FuzzTargets.Arrow, "outputs", ".arrow", ArrowOutputs(random)));
        seeds.Add(new FuzzSeed(FuzzTargets.OutputsCsv, "outputs", ".csv", Encoding.UTF8.GetBytes(OutputsCsv(random))));
        seeds.Add(new FuzzSeed(FuzzTargets.AttributesCsv, "attributes", ".csv",
            Encoding.UTF8.GetBytes("age,group,\"note, quoted\"\nyoung,a,x\nold,b,\"y \"\"z\"\"\"\nyoung,b,\n")));
        // Appended last, so the seeds above keep their places.
        seeds.Add(new FuzzSeed(FuzzTargets.Torch, "state-dict", ".pt", Written(scratch, "seed.pt", random, Layers.Bench.TorchZipWriter.Write)));
        seeds.Add(new FuzzSeed(FuzzTargets.Onnx, "qoperator-int8", ".onnx",
            Written(scratch, "seed-int8.onnx", random, (path, tensors, fill) => Layers.Bench.OnnxWeightsWriter.Write(path, tensors, fill, int8: true))));
        return seeds;
    }

    /// <summary>Rows of the outputs files (a fuzzed file is compared with a dataset of this many instances).</summary>
    public const int OutputRows = 6;
    const int Classes = 3;
    const string ExternalFile = "weights.bin";

    static IEnumerable<(string, SequentialModel)> Models(Random random)
    {
        TensorData T(params int[] shape) => new([.. Values(random, shape.Aggregate(1, (a, b) => a * b))], shape);
        yield return ("mlp", new SequentialModel([8], Classes,
            [new LinearLayer("layers.0", T(6, 8), T(6), WeightEncoding.Float32), new ReluLayer("layers.1"), new LinearLayer("layers.2", T(Classes, 6), T(Classes), WeightEncoding.Float32)]));
        yield return ("int8", new SequentialModel([8], Classes,
            [new LinearLayer("layers.0", T(Classes, 8), T(Classes), new Int8PerChannelEncoding([.. Enumerable.Range(0, Classes * 8).Select(i => (sbyte)(i * 7 - 80))], [0.01f, 0.02f, 0.03f]))]));
        yield return ("palette", new SequentialModel([8], Classes,
            [new LinearLayer("layers.0", T(Classes, 8), T(Classes), new PaletteEncoding([.. Enumerable.Range(0, Classes * 8).Select(i => (byte)(i % 16))], [.. Values(random, 16)], 4))]));
        yield return ("cnn", new SequentialModel([1, 4, 4], Classes,
        [
            new Conv2dLayer("features.0", T(2, 1, 3, 3), T(2), 1, 1, WeightEncoding.Float32),
            new BatchNorm2dLayer("features.1", T(2), T(2), T(2), new TensorData([1f, 2f], [2]), 1e-5f),
            new ReluLayer("features.2"),
            new MaxPool2dLayer("features.3", 2, 2),
            new FlattenLayer("flatten"),
            new LinearLayer("classifier", T(Classes, 8), T(Classes), WeightEncoding.Float32),
        ]));
    }

    /// <summary>Weights in Constant nodes (float_data, value_floats), a Gather/Reshape/Concat chain to fold, and an If subgraph.</summary>
    static ModelProto ConstantsAndFolding()
    {
        var then = new GraphProto { Name = "then" };
        then.Node.Add(Node("Constant", "then_const", [], "then.weight", TensorValue("value", Floats("", [1f, 2f], [2]))));
        then.Node.Add(Node("Add", "then_add", ["h", "then.weight"], "then_out"));
        var graph = new GraphProto { Name = "constants" };
        graph.Input.Add(ValueInfo("x", OnnxDataType.Float, 2));
        graph.Input.Add(ValueInfo("cond", OnnxDataType.Bool));
        graph.Output.Add(ValueInfo("y", OnnxDataType.Float, 2));
        graph.Node.Add(Node("Constant", "table", [], "codebook", TensorValue("value", new TensorProto { DataType = (int)OnnxDataType.Float, Dims = { 4 }, FloatData = { 0.5f, -1f, 2f, 3f } })));
        graph.Node.Add(Node("Constant", "idx", [], "indices", TensorValue("value", Int64s("", 3, 0, 1, 2))));
        graph.Node.Add(Node("Gather", "gather", ["codebook", "indices"], "gathered", Int("axis", 0)));
        graph.Node.Add(Node("Constant", "shape", [], "shape2", TensorValue("value", Int64s("", 2, 2))));
        graph.Node.Add(Node("Reshape", "reshape", ["gathered", "shape2"], "reshaped"));
        graph.Node.Add(Node("Concat", "concat", ["reshaped", "reshaped"], "w", Int("axis", 0)));
        graph.Node.Add(Node("Constant", "bias", [], "b", new AttributeProto { Name = "value_floats", Type = AttributeProto.Types.AttributeType.Floats, Floats = { 1f, 2f } }));
        graph.Node.Add(Node("MatMul", "matmul", ["x", "w"], "h"));
        graph.Node.Add(Node("If", "branch", ["cond"], "y", Graph("then_branch", then), Graph("else_branch", then.Clone())));
        var model = new ModelProto { IrVersion = OnnxModelWriter.IrVersion, ProducerName = "fuzz", Graph = graph };
        model.OpsetImport.Add(new OperatorSetIdProto { Domain = "", Version = OnnxModelWriter.Opset });
        return model;
    }

    /// <summary>A float initializer whose 16 bytes live in weights.bin, as ONNX's external data layout keeps them.</summary>
    static (ModelProto, byte[]) ExternalData()
    {
        var tensor = new TensorProto { Name = "w", DataType = (int)OnnxDataType.Float, Dims = { 4 }, DataLocation = TensorProto.Types.DataLocation.External };
        tensor.ExternalData.Add(new StringStringEntryProto { Key = "location", Value = ExternalFile });
        tensor.ExternalData.Add(new StringStringEntryProto { Key = "offset", Value = "16" });
        tensor.ExternalData.Add(new StringStringEntryProto { Key = "length", Value = "16" });
        var graph = new GraphProto { Name = "external", Initializer = { tensor } };
        graph.Input.Add(ValueInfo("x", OnnxDataType.Float, 4));
        graph.Output.Add(ValueInfo("y", OnnxDataType.Float, 4));
        graph.Node.Add(Node("Add", "add", ["x", "w"], "y"));
        var model = new ModelProto { IrVersion = OnnxModelWriter.IrVersion, ProducerName = "fuzz", Graph = graph };
        model.OpsetImport.Add(new OperatorSetIdProto { Domain = "", Version = OnnxModelWriter.Opset });
        return (model, [.. new byte[16], .. BitConverter.GetBytes(1f), .. BitConverter.GetBytes(2f), .. BitConverter.GetBytes(3f), .. BitConverter.GetBytes(4f)]);
    }

    static byte[] Safetensors(string scratch, Random random)
    {
        var path = Path.Combine(scratch, "seed.safetensors");
        Layers.Bench.SafetensorsWriter.Write(path, [("layers.0.weight", [4, 3]), ("layers.0.bias", [4]), ("scale", [])],
            (_, values) => { for (var i = 0; i < values.Length; i++) values[i] = (float)random.NextDouble(); });
        return File.ReadAllBytes(path);
    }

    /// <summary>A small layer's weights written by one of the bench's writers, as bytes.</summary>
    static byte[] Written(string scratch, string name, Random random, Action<string, IReadOnlyList<(string Name, long[] Shape)>, Action<int, float[]>> write)
    {
        var path = Path.Combine(scratch, name);
        write(path, [("layers.0.weight", [4, 3]), ("layers.0.bias", [4]), ("layers.1.weight", [2, 4])],
            (_, values) => { for (var i = 0; i < values.Length; i++) values[i] = (float)random.NextDouble() - 0.5f; });
        return File.ReadAllBytes(path);
    }

    static byte[] SafetensorsOfTypes()
    {
        var header = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["__metadata__"] = new { format = "pt" },
            ["half"] = new { dtype = "F16", shape = new[] { 2, 2 }, data_offsets = new[] { 0, 8 } },
            ["codes"] = new { dtype = "I8", shape = new[] { 4 }, data_offsets = new[] { 8, 12 } },
            ["brain"] = new { dtype = "BF16", shape = new[] { 2 }, data_offsets = new[] { 12, 16 } },
        });
        return [.. BitConverter.GetBytes((long)header.Length), .. header, 0, 60, 0, 188, 0, 64, 0, 0, 1, 255, 127, 128, 128, 63, 0, 64];
    }

    /// <summary>TorchSharp's module.save layout: LEB128 count, then per tensor a BinaryWriter name, LEB128 dtype code, rank, dims, raw values.</summary>
    static byte[] StateDict(Random random)
    {
        using var stream = new MemoryStream();
        using var writer = new BinaryWriter(stream);
        (string Name, long Code, int[] Shape, int Size)[] tensors = [("fc.weight", 6, [3, 2], 4), ("fc.bias", 6, [3], 4), ("bn.num_batches_tracked", 4, [], 8), ("half", 5, [2], 2)];
        writer.Write7BitEncodedInt64(tensors.Length);
        foreach (var (name, code, shape, size) in tensors)
        {
            writer.Write(name);
            writer.Write7BitEncodedInt64(code);
            writer.Write7BitEncodedInt64(shape.Length);
            foreach (var d in shape) writer.Write7BitEncodedInt64(d);
            var bytes = new byte[shape.Aggregate(1, (a, b) => a * b) * size];
            random.NextBytes(bytes);
            writer.Write(bytes);
        }
        writer.Flush();
        return stream.ToArray();
    }

    static byte[] Npy(string scratch, NpyArray array)
    {
        var path = Path.Combine(scratch, "seed.npy");
        array.Write(path);
        return File.ReadAllBytes(path);
    }

    /// <summary>An unsigned-byte IDX array of shape [2, 3, 3]: magic 00 00 08 03, big-endian dims, then the bytes.</summary>
    static byte[] Idx(Random random)
    {
        var values = new byte[18];
        random.NextBytes(values);
        return [0, 0, 0x08, 3, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0, 3, .. values];
    }

    static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest)) gzip.Write(bytes);
        return output.ToArray();
    }

    static byte[] ArrowOutputs(Random random)
    {
        var logits = Values(random, OutputRows * Classes).ToArray();
        var outputs = ModelOutputsBuilder.FromRaw("seed", logits, OutputRows, Classes);
        using var stream = new MemoryStream();
        ArrowOutputsFile.Write(stream, outputs, new Dictionary<string, string> { ["format"] = "1", ["source"] = "fuzz" });
        return stream.ToArray();
    }

    static string OutputsCsv(Random random)
    {
        var text = new StringBuilder("0,1,2,label\n");
        for (var i = 0; i < OutputRows; i++)
            text.Append(string.Join(",", Values(random, Classes).Select(v => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture)))).Append(',').Append(i % Classes).Append('\n');
        return text.ToString();
    }

    static IEnumerable<float> Values(Random random, int count) => Enumerable.Range(0, count).Select(_ => (float)(random.NextDouble() * 2 - 1));
}
