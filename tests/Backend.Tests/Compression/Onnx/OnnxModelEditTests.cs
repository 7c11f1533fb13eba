// OnnxModelEdit: a model opened with its weights left in the file, edited, and streamed out. Saved unchanged it must
// compute what the source computes; a weight replaced by a large new tensor (spilled to scratch) and a new node must
// appear in the saved file; existing targets are refused and no scratch or temporary file is left behind.
using Backend.Tests.Models.Onnx;
using Backend.Tests.Layers.Quantized;
using Backend.Tests.ThirdParty;
using CompressCompare.Backend.Compression.Onnx;
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Models.Onnx.Proto;
using Microsoft.ML.OnnxRuntime;
using static CompressCompare.Backend.Models.Onnx.OnnxProtoFactory;

namespace Backend.Tests.Compression.Onnx;

public sealed class OnnxModelEditTests : IDisposable
{
    readonly OnnxTestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    string Spec => _folder.File("spec.json");

    [Fact]
    public void A_large_weight_replaced_through_scratch_and_a_new_node_are_in_the_saved_model_and_it_runs()
    {
        // x[1, 4096] → MatMul(w [4096, 2]) → y: w is 32 KB, w2 (twice as wide, 64 KB) goes through the scratch file.
        var graph = new GraphProto { Name = "g" };
        graph.Input.Add(ValueInfo("x", OnnxDataType.Float, 1, 4096));
        graph.Output.Add(ValueInfo("y", OnnxDataType.Float, 1, 2));
        graph.Initializer.Add(Floats("w", [.. Enumerable.Range(0, 8192).Select(i => i % 7 * 0.5f)], [4096, 2]));
        graph.Node.Add(Node("MatMul", "mm", ["x", "w"], "y"));
        var source = _folder.File("m.onnx");
        OnnxProtoModels.Model(graph, 17).Save(source);

        using (var edit = OnnxModelEdit.Open(source, Spec))
        {
            var w = edit.ReadFloats(edit.Initializer("w")!);
            // w2 [4096, 4] holds 2·w in its first two columns: y = Slice(x·w2)·1 = 2·(x·w).
            var doubled = new float[4096 * 4];
            for (var r = 0; r < 4096; r++) for (var c = 0; c < 2; c++) doubled[r * 4 + c] = 2 * w[r * 2 + c];
            edit.RemoveInitializer("w");
            edit.AddInitializer("w2", [4096, 4], doubled);
            edit.AddInitializer("one", [1], [1f]);
            edit.Graph.Node.Clear();
            edit.Graph.Node.Add(Node("MatMul", "mm", ["x", "w2"], "y4"));
            edit.Graph.Node.Add(Node("Slice", "slice", ["y4", "starts", "ends", "axes"], "ys"));
            edit.AddInitializer("starts", OnnxDataType.Int64, [1], BitConverter.GetBytes(0L));
            edit.AddInitializer("ends", OnnxDataType.Int64, [1], BitConverter.GetBytes(2L));
            edit.AddInitializer("axes", OnnxDataType.Int64, [1], BitConverter.GetBytes(1L));
            edit.Graph.Node.Add(Node("Mul", "mul", ["ys", "one"], "y"));
            edit.Save(_folder.File("out.onnx"), Spec);
        }

        var x = Enumerable.Range(0, 4096).Select(i => (i % 5) - 2f).ToArray();
        var before = Run(source, x);
        var after = Run(_folder.File("out.onnx"), x);
        Assert.Equal(before.Select(v => v * 2), after);
        if (OnnxChecker.Unavailable is null) OnnxChecker.AssertValid(_folder.File("out.onnx"));
        Assert.Equal(["m.onnx", "out.onnx"], Directory.GetFiles(_folder.Path).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void An_existing_target_is_refused_and_left_as_it_is()
    {
        var source = _folder.File("m.onnx");
        OnnxPruneModels.ConvGemm([1, 2, 3, 4], [1, 0, 0, 1]).Save(source);
        File.WriteAllText(_folder.File("taken.onnx"), "mine");
        using var edit = OnnxModelEdit.Open(source, Spec);
        var e = Assert.Throws<BackendException>(() => edit.Save(_folder.File("taken.onnx"), Spec));
        Assert.Contains("already exists", e.Message);
        Assert.Equal("mine", File.ReadAllText(_folder.File("taken.onnx")));
    }

    [ResNet18Fact]
    public void ResNet18_saved_unchanged_computes_the_same_features()
    {
        var source = _folder.File("resnet18.onnx");
        File.Copy(ThirdPartyModels.ResNet18, source);
        using (var edit = OnnxModelEdit.Open(source, Spec)) edit.Save(_folder.File("copy.onnx"), Spec);
        var random = new Random(5);
        float[] image = [.. Enumerable.Range(0, 3 * 224 * 224).Select(_ => random.NextSingle() * 200 - 100)];
        Assert.Equal(Run(source, image, "Input247", "Pooling395_Output_0", [1, 3, 224, 224]),
            Run(_folder.File("copy.onnx"), image, "Input247", "Pooling395_Output_0", [1, 3, 224, 224]));
        Assert.Equal(OnnxModelReader.Open(source).EnumerateTensors().Count(), OnnxModelReader.Open(_folder.File("copy.onnx")).EnumerateTensors().Count());
        OnnxChecker.AssertValid(_folder.File("copy.onnx"));
    }

    [ResNet18Fact]
    public void ResNet18_raised_from_opset_8_to_13_passes_the_checker_and_computes_the_same_features()
    {
        var source = _folder.File("resnet18.onnx");
        File.Copy(ThirdPartyModels.ResNet18, source);
        using (var edit = OnnxModelEdit.Open(source, Spec))
        {
            edit.RequireOpset(13, "Per-channel int8");
            edit.Save(_folder.File("opset13.onnx"), Spec);
        }
        var saved = ModelProto.Parser.ParseFrom(File.ReadAllBytes(_folder.File("opset13.onnx")));
        Assert.Equal(13, Assert.Single(saved.OpsetImport).Version);
        Assert.DoesNotContain(saved.Graph.Node.SelectMany(n => n.Attribute), a => a.Name == "spatial");
        OnnxChecker.AssertValid(_folder.File("opset13.onnx"));
        var random = new Random(6);
        float[] image = [.. Enumerable.Range(0, 3 * 224 * 224).Select(_ => random.NextSingle() * 200 - 100)];
        Assert.Equal(Run(source, image, "Input247", "Pooling395_Output_0", [1, 3, 224, 224]),
            Run(_folder.File("opset13.onnx"), image, "Input247", "Pooling395_Output_0", [1, 3, 224, 224]));
    }

    [Fact]
    public void An_operator_whose_meaning_changed_is_refused_by_name_when_the_opset_must_rise()
    {
        var graph = new GraphProto { Name = "g" };
        graph.Input.Add(ValueInfo("x", OnnxDataType.Float, 1, 4));
        graph.Output.Add(ValueInfo("y", OnnxDataType.Float, 1, 4));
        graph.Node.Add(Node("Softmax", "soft", ["x"], "y"));
        var source = _folder.File("soft.onnx");
        OnnxProtoModels.Model(graph, 11).Save(source);
        using var edit = OnnxModelEdit.Open(source, Spec);
        var e = Assert.Throws<OnnxModelException>(() => edit.RequireOpset(13, "Per-channel int8"));
        Assert.Contains("Softmax node 'soft'", e.Message);
        Assert.Contains("opset_version", e.Hint);
    }

    static float[] Run(string model, float[] x, string input = "x", string output = "y", long[]? shape = null)
    {
        using var session = new InferenceSession(model);
        using var value = OrtValue.CreateTensorValueFromMemory(x, shape ?? [1, x.Length]);
        using var results = session.Run(new RunOptions(), [input], [value], [output]);
        return results[0].GetTensorDataAsSpan<float>().ToArray();
    }
}
