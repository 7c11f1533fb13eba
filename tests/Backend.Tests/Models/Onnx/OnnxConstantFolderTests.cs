// The operators the reader folds to recover weights behave as the ONNX operator spec says, including the
// cases our writer never emits but third-party exports do (Transpose, reversed Slice, Concat, axis ≠ 0).
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Models.Onnx.Proto;
using static CompressCompare.Backend.Models.Onnx.OnnxProtoFactory;

namespace Backend.Tests.Models.Onnx;

public sealed class OnnxConstantFolderTests
{
    static readonly OnnxFoldedTensor Grid = OnnxFoldedTensor.OfFloats(OnnxDataType.Float, [2, 3], [0, 1, 2, 3, 4, 5]);

    [Fact]
    public void Transpose_without_perm_reverses_the_axes()
    {
        var result = Fold(Node("Transpose", "t", ["x"], "y"), Grid)!;

        Assert.Equal([3L, 2], result.Shape);
        Assert.Equal([0f, 3, 1, 4, 2, 5], result.Floats!);
    }

    [Fact]
    public void Slice_with_a_negative_step_walks_backwards_and_clamps_its_end()
    {
        var result = Fold(Node("Slice", "s", ["x", "starts", "ends", "axes", "steps"], "y"),
            Grid, Ints(-1), Ints(long.MinValue), Ints(1), Ints(-2))!;

        Assert.Equal([2L, 2], result.Shape);
        Assert.Equal([2f, 0, 5, 3], result.Floats!);
    }

    [Fact]
    public void Concat_joins_along_the_given_axis()
    {
        var result = Fold(Node("Concat", "c", ["a", "b"], "y", Int("axis", 1)), Grid, Grid)!;

        Assert.Equal([2L, 6], result.Shape);
        Assert.Equal([0f, 1, 2, 0, 1, 2, 3, 4, 5, 3, 4, 5], result.Floats!);
    }

    [Fact]
    public void Gather_on_axis_1_picks_columns()
    {
        var result = Fold(Node("Gather", "g", ["x", "i"], "y", Int("axis", 1)), Grid, Ints(2, -3))!;

        Assert.Equal([2L, 2], result.Shape);
        Assert.Equal([2f, 0, 5, 3], result.Floats!);
    }

    [Fact]
    public void Reshape_copies_a_zero_dimension_and_infers_minus_one()
    {
        var result = Fold(Node("Reshape", "r", ["x", "shape"], "y"), Grid, Ints(0, -1, 1))!;

        Assert.Equal([2L, 3, 1], result.Shape);
    }

    [Fact]
    public void Integer_Div_truncates_and_Mod_takes_the_divisors_sign()
    {
        var a = OnnxFoldedTensor.OfInts(OnnxDataType.Int32, [2], [-7, 7]);
        var b = OnnxFoldedTensor.OfInts(OnnxDataType.Int32, [], [3]);

        Assert.Equal([-2L, 2], Fold(Node("Div", "d", ["a", "b"], "y"), a, b)!.Ints!);
        Assert.Equal([2L, 1], Fold(Node("Mod", "m", ["a", "b"], "y"), a, b)!.Ints!);
        Assert.Equal([-1L, 1], Fold(Node("Mod", "m", ["a", "b"], "y", Int("fmod", 1)), a, b)!.Ints!);
    }

    [Fact]
    public void Cast_to_uint8_wraps_like_C()
    {
        var x = OnnxFoldedTensor.OfFloats(OnnxDataType.Float, [2], [257.9f, -1.2f]);

        Assert.Equal([1L, 255], Fold(Node("Cast", "c", ["x"], "y", Int("to", (long)OnnxDataType.UInt8)), x)!.Ints!);
    }

    [Fact]
    public void DequantizeLinear_per_axis_subtracts_each_channels_zero_point()
    {
        var q = OnnxFoldedTensor.OfInts(OnnxDataType.UInt8, [2, 2], [10, 20, 10, 20]);
        var scale = OnnxFoldedTensor.OfFloats(OnnxDataType.Float, [2], [0.5f, 2f]);
        var zero = OnnxFoldedTensor.OfInts(OnnxDataType.UInt8, [2], [10, 20]);

        var result = Fold(Node("DequantizeLinear", "dq", ["q", "s", "z"], "y", Int("axis", 0)), q, scale, zero)!;

        Assert.Equal([0f, 5, -20, 0], result.Floats!);
    }

    [Fact]
    public void Operator_it_does_not_know_is_left_unfolded()
    {
        Assert.False(OnnxConstantFolder.CanFold(Node("Conv", "c", ["x", "w"], "y")));
        Assert.Null(Fold(Node("Reshape", "r", ["x", "shape"], "y"), Grid, Ints(4, -1)));
    }

    static OnnxFoldedTensor Ints(params long[] values) => OnnxFoldedTensor.OfInts(OnnxDataType.Int64, [values.Length], values);

    static OnnxFoldedTensor? Fold(NodeProto node, params OnnxFoldedTensor?[] inputs) => OnnxConstantFolder.TryFold(node, inputs);
}
