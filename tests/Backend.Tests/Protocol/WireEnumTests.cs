// The protocol enums on the wire: each member reads and writes the word the field held when it was a string, and
// anything else (another case, a number, an unknown word) is refused with the allowed words, never mapped to a default.
using System.Text.Json;
using CompressCompare.Protocol;
using CompressCompare.Protocol.Behaviors;
using CompressCompare.Protocol.Evaluation;
using CompressCompare.Protocol.ModelMap;
using CompressCompare.Protocol.Spec;

namespace Backend.Tests.Protocol;

public sealed class WireEnumTests
{
    static readonly JsonSerializerOptions Wire = WireJson.CreateOptions();

    public static TheoryData<Type> ProtocolEnums()
    {
        var data = new TheoryData<Type>();
        foreach (var type in typeof(WireEnum).Assembly.GetTypes().Where(t => t.IsEnum && t.IsPublic)) data.Add(type);
        return data;
    }

    [Theory]
    [MemberData(nameof(ProtocolEnums))]
    public void Every_member_round_trips_through_its_wire_word(Type enumType)
    {
        var members = WireEnum.Members(enumType);
        Assert.NotEmpty(members);
        Assert.Equal(members.Count, members.Select(m => m.Name).Distinct(StringComparer.Ordinal).Count());
        foreach (var (name, value) in members)
        {
            Assert.Equal($"\"{name}\"", JsonSerializer.Serialize(value, enumType, Wire));
            Assert.Equal(value, JsonSerializer.Deserialize($"\"{name}\"", enumType, Wire));
        }
    }

    [Fact]
    public void The_words_are_those_the_strings_were()
    {
        Assert.Equal(["onnx", "torchsharp", "precomputed"], WireEnum.Members(typeof(ModelSource)).Select(m => m.Name));
        Assert.Equal(["flips", "correct", "confidence", "confidenceChange", "kl", "agrees", "cosine", "mse", "relativeL2", "labelMse"], WireEnum.Members(typeof(InstanceSortField)).Select(m => m.Name));
        Assert.Equal(["bothRight", "fixed", "broken", "bothWrong"], WireEnum.Members(typeof(CorrectnessChange)).Select(m => m.Name));
        Assert.Equal(["parameter", "presence", "ordered", "operation", "base", "merged"], WireEnum.Members(typeof(VariableKind)).Select(m => m.Name));
        Assert.Equal(["error", "warning", "information"], WireEnum.Members(typeof(DiagnosticSeverity)).Select(m => m.Name));
    }

    [Theory]
    [InlineData("\"TorchSharp\"", "\"TorchSharp\" is not a ModelSource; use \"onnx\", \"torchsharp\" or \"precomputed\".")]
    [InlineData("1", "a JSON number is not a ModelSource; use \"onnx\", \"torchsharp\" or \"precomputed\".")]
    [InlineData("\"\"", "\"\" is not a ModelSource")]
    public void Other_words_and_numbers_are_refused_naming_the_allowed_words(string json, string expected)
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ModelSource>(json, Wire));
        Assert.StartsWith(expected, error.Message);
    }

    [Fact]
    public void A_nullable_enum_field_reads_null_as_absent()
    {
        Assert.Null(JsonSerializer.Deserialize<InstanceFilter>("""{"change": null}""", Wire)!.Change);
        Assert.Equal(InstanceChange.BothWrong, JsonSerializer.Deserialize<InstanceFilter>("""{"change": "bothWrong"}""", Wire)!.Change);
    }
}
