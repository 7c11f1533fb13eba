// Softmax of logits, and outputs that already are probabilities passing through unchanged.
using CompressCompare.Backend.Evaluation;

namespace Backend.Tests.Evaluation;

public sealed class ModelOutputsBuilderTests
{
    [Fact]
    public void Logits_are_softmaxed_per_row_with_argmax_and_its_probability()
    {
        // Row 0: softmax(ln 1, ln 2, ln 1) = (0.25, 0.5, 0.25); row 1: equal logits give a uniform row and the first index.
        var outputs = ModelOutputsBuilder.FromRaw("m", [0f, MathF.Log(2), 0f, 5f, 5f, 5f], instances: 2, classes: 3);
        Assert.Equal([0.25f, 0.5f, 0.25f], outputs.Probabilities[..3], (a, b) => MathF.Abs(a - b) < 1e-6f);
        Assert.All(outputs.Probabilities[3..], p => Assert.Equal(1f / 3, p, 6));
        Assert.Equal([1, 0], outputs.Predicted);
        Assert.Equal(0.5f, outputs.Confidence[0], 6);
    }

    [Fact]
    public void Rows_that_are_already_distributions_pass_through_unchanged()
    {
        float[] probabilities = [0.1f, 0.7f, 0.2f, 0.0f, 0.0005f, 0.9999f];
        var outputs = ModelOutputsBuilder.FromRaw("m", [.. probabilities], 2, 3);
        Assert.Equal(probabilities, outputs.Probabilities);
        Assert.Equal([1, 2], outputs.Predicted);
        Assert.Equal([0.7f, 0.9999f], outputs.Confidence);
    }

    [Theory]
    [InlineData(new[] { 0.5f, 0.6f })]   // sums to 1.1
    [InlineData(new[] { -0.1f, 1.1f })]  // a negative value
    public void Anything_else_is_taken_as_logits(float[] row)
    {
        var outputs = ModelOutputsBuilder.FromRaw("m", [.. row], 1, 2);
        Assert.Equal(1f, outputs.Probabilities.Sum(), 5);
        Assert.NotEqual(row, outputs.Probabilities);
    }
}
