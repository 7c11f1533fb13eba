// Restore Module: the written model holds exactly the base's values for the named module and the compressed model's
// everywhere else, for a float, a DequantizeLinear-encoded and a palettized compressed model (whose decoding nodes go), runs in
// ONNX Runtime with the base's predictions, and passes the ONNX checker; bad parameters name themselves.
using System.Text.Json;
using Backend.Tests.ThirdParty;
using CompressCompare.Backend.Compression;
using CompressCompare.Backend.Compression.Onnx;
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Protocol.Spec;
using Microsoft.ML.OnnxRuntime;

namespace Backend.Tests.Diagnose;

public sealed class RestoreModuleTests : IDisposable
{
    readonly string _folder = Directory.CreateTempSubdirectory("cc-restore-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    static IOnnxCompressionOperation Operation(params (string Key, string Value)[] parameters) => OnnxCompressionOperations.Create(new OperationApplication
    {
        Name = CompressionOperationNames.RestoreModule,
        Parameters = parameters.ToDictionary(p => p.Key, p => JsonSerializer.SerializeToElement(p.Value)),
    });

    [Theory]
    [InlineData(DiagnoseModels.Fc1Storage.Float)]
    [InlineData(DiagnoseModels.Fc1Storage.Int8)]
    [InlineData(DiagnoseModels.Fc1Storage.Palette)]
    public void The_module_gets_the_base_values_and_everything_else_keeps_the_model_values(DiagnoseModels.Fc1Storage storage)
    {
        var spec = DiagnoseModels.Write(_folder, storage);
        var (source, target) = (Path.Combine(_folder, "pruned.onnx"), Path.Combine(_folder, "restored.onnx"));
        var operation = Operation(("module", "fc1"), ("from", "base"));
        var report = operation.Apply(new OnnxCompressionInput(source, target, spec), CancellationToken.None);

        Assert.Equal(["fc1.weight"], report.Weights.Select(w => w.Name));
        Assert.Equal("restored from base", report.Weights[0].Change);
        Assert.Equal(("Restore Module", "fc1", "base"), (operation.ToApplication().Name,
            operation.ToApplication().Parameters["module"].GetString(), operation.ToApplication().Parameters["from"].GetString()));
        var model = OnnxModelReader.Open(target).Model;
        // The decoding nodes and codes are gone; the weight is a float initializer under its own name again.
        Assert.Equal(["Gemm", "Relu", "Gemm"], model.Graph.Node.Select(n => n.OpType));
        Assert.Equal("fc1.weight", model.Graph.Node[0].Input[1]);
        var weights = OnnxModelReader.Open(target).EnumerateTensors().ToDictionary(t => t.Name, t => t.ReadFloats());
        Assert.Equal(["fc1.bias", "fc1.weight", "fc2.bias", "fc2.weight"], weights.Keys.Order());
        Assert.Equal(DiagnoseModels.BaseFc1, weights["fc1.weight"]);
        Assert.Equal(DiagnoseModels.PrunedFc2, weights["fc2.weight"]);
        Assert.Equal([0, 0.2f], weights["fc2.bias"]);

        // It computes the base's fc1 with the pruned model's doubled fc2: twice the base's logits.
        using var session = new InferenceSession(target);
        using var input = OrtValue.CreateTensorValueFromMemory(new float[] { 3, 1 }, [1, 2]);
        using var outputs = session.Run(new RunOptions(), ["input"], [input], ["logits"]);
        Assert.Equal([6, 2.2f], outputs[0].GetTensorDataAsSpan<float>().ToArray());
        if (OnnxChecker.Unavailable is null) OnnxChecker.AssertValid(target);
    }

    [Fact]
    public void Restoring_a_float_module_keeps_the_other_module_int8_and_leaves_unchanged_weights_alone()
    {
        var spec = DiagnoseModels.Write(_folder, DiagnoseModels.Fc1Storage.Int8);
        var target = Path.Combine(_folder, "fc2.onnx");
        var report = Operation(("module", "fc2"), ("from", "base")).Apply(new OnnxCompressionInput(Path.Combine(_folder, "pruned.onnx"), target, spec), CancellationToken.None);
        Assert.Equal(["fc2.bias", "fc2.weight"], report.Weights.Select(w => w.Name).Order());
        var model = OnnxModelReader.Open(target).Model;
        Assert.Equal(["DequantizeLinear", "Gemm", "Relu", "Gemm"], model.Graph.Node.Select(n => n.OpType));
        Assert.Equal(OnnxModelReader.Open(Path.Combine(_folder, "pruned.onnx")).Model.Graph.Node[0], model.Graph.Node[0]);
        var weights = OnnxModelReader.Open(target).EnumerateTensors().ToDictionary(t => t.Name, t => t.ReadFloats());
        Assert.Equal(DiagnoseModels.BaseFc2, weights["fc2.weight"]);
        Assert.Equal([0, 0.1f], weights["fc2.bias"]);
        Assert.Equal([0, 0, 0, 0], weights["fc1.weight_quantized"]);
    }

    [Theory]
    [InlineData("module", "fc9", "module", "\"fc9\" holds no weights that differ")]
    [InlineData("from", "nobody", "from", "the spec has no model \"nobody\"")]
    public void Unknown_modules_and_models_are_refused_by_parameter(string key, string value, string parameter, string expected)
    {
        var spec = DiagnoseModels.Write(_folder, DiagnoseModels.Fc1Storage.Float);
        var parameters = new Dictionary<string, string> { ["module"] = "fc1", ["from"] = "base", [key] = value };
        var operation = Operation([.. parameters.Select(p => (p.Key, p.Value))]);
        var target = Path.Combine(_folder, "restored.onnx");
        var e = Assert.Throws<CompressionParameterException>(() => operation.Apply(new OnnxCompressionInput(Path.Combine(_folder, "pruned.onnx"), target, spec), CancellationToken.None));
        Assert.Equal(parameter, e.Parameter);
        Assert.Contains(expected, e.Message);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public void A_missing_parameter_is_named()
    {
        var e = Assert.Throws<CompressionParameterException>(() => Operation(("module", "fc1")));
        Assert.Equal("from", e.Parameter);
    }
}
