// Hand-built ONNX files for the reader tests: weights in Constant nodes, If branches, GRAPHS attributes and
// functions, the layouts real exporters produce and our own writer never does.
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Models.Onnx.Proto;
using Google.Protobuf;
using static CompressCompare.Backend.Models.Onnx.OnnxProtoFactory;

namespace Backend.Tests.Models.Onnx;

internal static class OnnxProtoModels
{
    /// <summary>
    /// y = x + main.weight + main.bias + (cond ? then.weight : (float)else.weight16), every weight in a Constant node:
    /// main.weight in float_data, main.bias as value_floats, then.weight in raw_data, else.weight16 as float16.
    /// </summary>
    public static ModelProto ConstantsAndIf()
    {
        var mainWeight = new TensorProto { DataType = (int)OnnxDataType.Float, Dims = { 2 }, FloatData = { 0.5f, -1.5f } };
        var mainBias = new AttributeProto { Name = "value_floats", Type = AttributeProto.Types.AttributeType.Floats, Floats = { 10f, 20f } };

        var thenBranch = new GraphProto { Name = "then" };
        thenBranch.Node.Add(Node("Constant", "then_const", [], "then.weight", TensorValue("value", Floats("", [1f, 2f], [2]))));
        thenBranch.Node.Add(Node("Add", "then_add", ["h2", "then.weight"], "then_out"));
        thenBranch.Output.Add(ValueInfo("then_out", OnnxDataType.Float, 2));

        var elseBranch = new GraphProto { Name = "else" };
        elseBranch.Node.Add(Node("Constant", "else_const", [], "else.weight16",
            TensorValue("value", Tensor("", OnnxDataType.Float16, (ReadOnlySpan<Half>)[(Half)3, (Half)4], [2]))));
        elseBranch.Node.Add(Node("Cast", "else_cast", ["else.weight16"], "else.weight", Int("to", (long)OnnxDataType.Float)));
        elseBranch.Node.Add(Node("Add", "else_add", ["h2", "else.weight"], "else_out"));
        elseBranch.Output.Add(ValueInfo("else_out", OnnxDataType.Float, 2));

        var graph = new GraphProto { Name = "constants_and_if" };
        graph.Input.Add(ValueInfo("x", OnnxDataType.Float, 2));
        graph.Input.Add(ValueInfo("cond", OnnxDataType.Bool));
        graph.Output.Add(ValueInfo("y", OnnxDataType.Float, 2));
        graph.Node.Add(Node("Constant", "main_const", [], "main.weight", TensorValue("value", mainWeight)));
        graph.Node.Add(Node("Constant", "bias_const", [], "main.bias", mainBias));
        graph.Node.Add(Node("Add", "add_weight", ["x", "main.weight"], "h"));
        graph.Node.Add(Node("Add", "add_bias", ["h", "main.bias"], "h2"));
        graph.Node.Add(Node("If", "branch", ["cond"], "y", Graph("then_branch", thenBranch), Graph("else_branch", elseBranch)));
        return Model(graph, 17);
    }

    /// <summary>
    /// A node of a custom domain with a GRAPHS attribute (two graphs, each with an initializer named "w"), an If nested
    /// in the second one, and a model-local function holding a Constant. For the reader only: nothing can run it.
    /// </summary>
    public static ModelProto GraphsAttributeAndFunction()
    {
        var first = new GraphProto { Initializer = { Floats("w", [1f, 2f, 3f], [3]) } };
        first.Node.Add(Node("Relu", "r0", ["w"], "o0"));

        var deep = new GraphProto();
        deep.Node.Add(Node("Constant", "deep_const", [], "deep", TensorValue("value", Floats("", [7f, 8f], [1, 2]))));
        deep.Node.Add(Node("Neg", "neg", ["deep"], "deep_out"));
        var second = new GraphProto { Initializer = { Floats("w", [4f, 5f], [2]) } };
        second.Node.Add(Node("Relu", "r1", ["w"], "o1"));
        second.Node.Add(Node("If", "inner", ["c"], "o2", Graph("then_branch", deep), Graph("else_branch", deep.Clone())));

        var branches = new AttributeProto { Name = "branches", Type = AttributeProto.Types.AttributeType.Graphs, Graphs = { first, second } };
        var graph = new GraphProto { Name = "custom" };
        graph.Input.Add(ValueInfo("c", OnnxDataType.Bool));
        graph.Output.Add(ValueInfo("out", OnnxDataType.Float));
        graph.Node.Add(new NodeProto { OpType = "Multi", Domain = "test.domain", Name = "multi", Input = { "c" }, Output = { "out" }, Attribute = { branches } });

        var function = new FunctionProto { Name = "scaled", Domain = "test.domain", Input = { "a" }, Output = { "b" } };
        function.Node.Add(Node("Constant", "f_const", [], "factor", TensorValue("value", Floats("", [0.25f, 0.5f], [2]))));
        function.Node.Add(Node("Mul", "f_mul", ["a", "factor"], "b"));

        var model = Model(graph, 17);
        model.OpsetImport.Add(new OperatorSetIdProto { Domain = "test.domain", Version = 1 });
        model.Functions.Add(function);
        return model;
    }

    /// <summary>One float initializer "w" of shape [4] whose bytes live in an external file.</summary>
    public static ModelProto ExternalWeight(string location, long offset)
    {
        var tensor = new TensorProto { Name = "w", DataType = (int)OnnxDataType.Float, Dims = { 4 }, DataLocation = TensorProto.Types.DataLocation.External };
        tensor.ExternalData.Add(new StringStringEntryProto { Key = "location", Value = location });
        tensor.ExternalData.Add(new StringStringEntryProto { Key = "offset", Value = offset.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        tensor.ExternalData.Add(new StringStringEntryProto { Key = "length", Value = "16" });
        var graph = new GraphProto { Name = "external", Initializer = { tensor } };
        graph.Input.Add(ValueInfo("x", OnnxDataType.Float, 4));
        graph.Output.Add(ValueInfo("y", OnnxDataType.Float, 4));
        graph.Node.Add(Node("Add", "add", ["x", "w"], "y"));
        return Model(graph, 17);
    }

    public static ModelProto Model(GraphProto graph, long opset)
    {
        var model = new ModelProto { IrVersion = 8, ProducerName = "tests", Graph = graph };
        model.OpsetImport.Add(new OperatorSetIdProto { Domain = "", Version = opset });
        return model;
    }

    public static string Save(this ModelProto model, string path)
    {
        File.WriteAllBytes(path, model.ToByteArray());
        return path;
    }
}
