// Files that are not usable ONNX models fail with an OnnxModelException that names the file, says what is
// wrong and what to do, rather than a protobuf stack trace or an empty result.
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Models.Onnx.Proto;
using Google.Protobuf;

namespace Backend.Tests.Models.Onnx;

public sealed class OnnxModelReaderErrorTests
{
    [Fact]
    public void Text_file_is_not_an_ONNX_model()
    {
        using var folder = new OnnxTestFolder();
        var path = folder.File("notes.onnx");
        File.WriteAllText(path, "These are my notes about the model, not the model itself.\n");

        var error = Assert.Throws<OnnxModelException>(() => OnnxModelReader.Open(path));

        AssertActionable(error, path, "not an ONNX model");
    }

    [Fact]
    public void Empty_file_is_not_an_ONNX_model()
    {
        using var folder = new OnnxTestFolder();
        var path = folder.File("empty.onnx");
        File.WriteAllBytes(path, []);

        AssertActionable(Assert.Throws<OnnxModelException>(() => OnnxModelReader.Open(path)), path, "hold no graph");
    }

    [Fact]
    public void PyTorch_checkpoint_is_recognised_as_a_zip_and_export_is_suggested()
    {
        using var folder = new OnnxTestFolder();
        var path = folder.File("model.pt");
        File.WriteAllBytes(path, [(byte)'P', (byte)'K', 3, 4, 20, 0, 0, 0]);

        var error = Assert.Throws<OnnxModelException>(() => OnnxModelReader.Open(path));

        AssertActionable(error, path, "zip archive");
        Assert.Contains("torch.onnx.export", error.Hint);
    }

    [Fact]
    public void File_cut_in_the_middle_is_reported_as_truncated()
    {
        using var folder = new OnnxTestFolder();
        var whole = folder.File("whole.onnx");
        OnnxModelWriter.Write(OnnxTestModels.Mlp(), whole);
        var bytes = File.ReadAllBytes(whole);
        var path = folder.File("half.onnx");
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);

        AssertActionable(Assert.Throws<OnnxModelException>(() => OnnxModelReader.Open(path)), path, "cut short");
    }

    [Fact]
    public void File_cut_right_after_its_graph_is_reported_as_missing_its_opset()
    {
        // Protobuf writes fields in number order: graph (7) comes before opset_import (8), so a cut at that
        // boundary parses cleanly and only the missing opset gives it away.
        var model = OnnxModelWriter.Build(OnnxTestModels.Mlp());
        var withoutOpset = model.Clone();
        withoutOpset.OpsetImport.Clear();
        var prefix = withoutOpset.ToByteArray();
        Assert.Equal(prefix, model.ToByteArray()[..prefix.Length]);
        using var folder = new OnnxTestFolder();
        var path = folder.File("cut.onnx");
        File.WriteAllBytes(path, prefix);

        AssertActionable(Assert.Throws<OnnxModelException>(() => OnnxModelReader.Open(path)), path, "imports no operator set");
    }

    [Fact]
    public void Missing_file_says_so()
    {
        var path = Path.Combine(Path.GetTempPath(), $"no-such-model-{Guid.NewGuid():N}.onnx");

        AssertActionable(Assert.Throws<OnnxModelException>(() => OnnxModelReader.Open(path)), path, "does not exist");
    }

    [Fact]
    public void Missing_external_data_file_names_the_tensor_and_the_file()
    {
        using var folder = new OnnxTestFolder();
        var path = OnnxProtoModels.ExternalWeight("weights.bin", 0).Save(folder.File("external.onnx"));
        var tensor = Assert.Single(OnnxModelReader.Open(path).EnumerateTensors()); // opening and listing still work

        var error = Assert.Throws<OnnxModelException>(() => tensor.ReadFloats());

        AssertActionable(error, path, "'weights.bin', which is missing");
        Assert.Equal("w", error.Tensor);
        Assert.Contains("same folder", error.Hint);
        Assert.Throws<OnnxModelException>(() => OnnxModelReader.ReadDequantizedWeights(path));
    }

    [Fact]
    public void External_data_outside_the_models_folder_is_refused()
    {
        using var folder = new OnnxTestFolder();
        var path = OnnxProtoModels.ExternalWeight("../elsewhere/weights.bin", 0).Save(folder.File("external.onnx"));
        var tensor = Assert.Single(OnnxModelReader.Open(path).EnumerateTensors());

        AssertActionable(Assert.Throws<OnnxModelException>(() => tensor.ReadFloats()), path, "outside the model's folder");
    }

    [Fact]
    public void External_data_whose_link_leads_out_of_the_models_folder_is_refused()
    {
        using var folder = new OnnxTestFolder();
        var outside = Directory.CreateTempSubdirectory("cc-external-out-").FullName;
        try
        {
            File.WriteAllBytes(Path.Combine(outside, "weights.bin"), new byte[16]);
            File.CreateSymbolicLink(folder.File("weights.bin"), Path.Combine(outside, "weights.bin"));
            var path = OnnxProtoModels.ExternalWeight("weights.bin", 0).Save(folder.File("external.onnx"));
            var tensor = Assert.Single(OnnxModelReader.Open(path).EnumerateTensors());
            var error = Assert.Throws<CompressCompare.Backend.Errors.BackendException>(() => tensor.ReadFloats());
            Assert.Equal(CompressCompare.Protocol.Rpc.RpcErrorCodes.PathRefused, error.Code);
            Assert.Contains("resolves to", error.Message);
        }
        finally { Directory.Delete(outside, recursive: true); }
    }

    [Fact]
    public void External_data_file_too_short_is_reported_as_truncated()
    {
        using var folder = new OnnxTestFolder();
        File.WriteAllBytes(folder.File("weights.bin"), new byte[10]);
        var path = OnnxProtoModels.ExternalWeight("weights.bin", 0).Save(folder.File("external.onnx"));
        var tensor = Assert.Single(OnnxModelReader.Open(path).EnumerateTensors());

        var error = Assert.Throws<OnnxModelException>(() => tensor.ReadFloats());

        Assert.Equal(folder.File("weights.bin"), error.File);
        Assert.Contains("truncated", error.Hint);
    }

    [Fact]
    public void Raw_data_of_the_wrong_size_is_reported_with_the_tensor_name()
    {
        var proto = new TensorProto { Name = "fc.weight", DataType = (int)OnnxDataType.Float, Dims = { 4 }, RawData = ByteString.CopyFrom(new byte[8]) };
        var tensor = new OnnxTensor(proto, proto.Name, OnnxTensorSource.Initializer, "", "broken.onnx");

        var error = Assert.Throws<OnnxModelException>(() => tensor.ReadFloats());

        AssertActionable(error, "broken.onnx", "should hold 16 bytes (4 elements) but its data has 8");
        Assert.Equal("fc.weight", error.Tensor);
    }

    [Fact]
    public void String_tensor_is_listed_but_cannot_be_read_as_numbers()
    {
        var proto = new TensorProto { Name = "labels", DataType = (int)OnnxDataType.String, Dims = { 1 }, StringData = { ByteString.CopyFromUtf8("cat") } };
        var tensor = new OnnxTensor(proto, proto.Name, OnnxTensorSource.Initializer, "", "labels.onnx");

        AssertActionable(Assert.Throws<OnnxModelException>(() => tensor.ReadFloats()), "labels.onnx", "of type string");
    }

    [Fact]
    public void OnnxInference_on_a_non_ONNX_file_explains_what_to_check()
    {
        using var folder = new OnnxTestFolder();
        var path = folder.File("notes.onnx");
        File.WriteAllText(path, "not a model");

        AssertActionable(Assert.Throws<OnnxModelException>(() => new OnnxInference(path)), path, "ONNX Runtime cannot load");
    }

    static void AssertActionable(OnnxModelException error, string file, string problem)
    {
        Assert.Equal(file, error.File);
        Assert.Contains(problem, error.Problem);
        Assert.False(string.IsNullOrWhiteSpace(error.Hint));
        Assert.Contains(file, error.Message);
        Assert.Contains(error.Hint, error.Message);
    }
}
