// The report's Pareto front on the fixture the scatterplot's front is also tested on (tests/fixtures/pareto/fronts.json,
// tests/webviews/paretoAgreement.test.ts): a report must show the front the overview draws.
using System.Text.Json;
using CompressCompare.Backend.Reports;
using CompressCompare.Backend.Spec;

namespace Backend.Tests.Reports;

public sealed class ParetoAgreementTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var c in Fixture().GetProperty("cases").EnumerateArray()) data.Add(c.GetProperty("name").GetString()!);
        return data;
    }

    static JsonElement Fixture() => JsonDocument.Parse(File.ReadAllText(RepoPaths.Of("tests/fixtures/pareto/fronts.json"))).RootElement;

    [Theory]
    [MemberData(nameof(Cases))]
    public void Front_matches_the_shared_fixture(string name)
    {
        var c = Fixture().GetProperty("cases").EnumerateArray().Single(e => e.GetProperty("name").GetString() == name);
        static double Coordinate(JsonElement e) => e.ValueKind == JsonValueKind.Null ? double.NaN : e.GetDouble();
        var points = c.GetProperty("points").EnumerateArray()
            .Select(p => new ParetoFront.Point(p[0].GetString()!, Coordinate(p[1]), Coordinate(p[2]))).ToList();
        foreach (var front in c.GetProperty("fronts").EnumerateObject())
        {
            var directions = front.Name.Split(',');
            var expected = front.Value.EnumerateArray().Select(e => e.GetString()!).ToList();
            var actual = ParetoFront.Of(points, directions[0] == "lower", directions[1] == "lower").Select(p => p.Id).ToList();
            Assert.True(expected.SequenceEqual(actual), $"{front.Name}: expected [{string.Join(", ", expected)}], got [{string.Join(", ", actual)}]");
        }
    }

    [Theory]
    [InlineData("Model Size", "B", true)]
    [InlineData("Top-1 Accuracy", null, false)]
    [InlineData("modelSize", null, true)]
    [InlineData("top1_error", null, true)]
    [InlineData("throughput", "ms", true)]
    public void Direction_is_guessed_as_the_scatterplot_guesses_it(string name, string? unit, bool lower) =>
        Assert.Equal(lower, MetricDirection.IsLowerBetter(new CompressCompare.Protocol.Spec.MetricDefinition { Name = name, Unit = unit }));
}
