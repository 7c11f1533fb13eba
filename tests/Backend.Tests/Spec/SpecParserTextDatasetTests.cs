// The dataset's "text": texts and a tokenizer instead of arrays. Its defaults, every setting read back, and
// each mistake a located diagnostic that says what to write instead.
using CompressCompare.Protocol.Spec;
using static Backend.Tests.Spec.SpecAssert;

namespace Backend.Tests.Spec;

public sealed class SpecParserTextDatasetTests
{
    [Fact]
    public void A_text_dataset_takes_the_defaults_and_shows_its_texts_as_instances()
    {
        var summary = Parse("""
            {"dataset": {"labels": "y.npy", "classes": ["a", "b"], "text": {"texts": "t.txt", "tokenizer": "vocab.txt"}}, "models": []}
            """);
        NoDiagnostics(summary);
        var text = summary.Dataset!.Text!;
        Assert.Equal(("t.txt", "vocab.txt", null), (text.Texts, text.Tokenizer, text.Column));
        Assert.Equal((true, 128, TextPadding.MaxLength, true), (text.Lowercase, text.MaxLength, text.Padding, text.Truncation));
        Assert.Equal(InstanceKind.Text, summary.Dataset.Instance!.Type);
        Assert.Equal("t.txt", summary.Dataset.Instance.Texts);
    }

    [Fact]
    public void Every_setting_is_read_and_an_own_instance_view_wins()
    {
        var summary = Parse("""
            {"dataset": {"labels": "y.npy", "classes": ["a"], "instance": {"type": "text", "texts": "shown.txt"},
                         "text": {"texts": "t.csv", "column": "sentence", "tokenizer": "tok/tokenizer.json", "lowercase": false,
                                  "maxLength": 16, "padding": "longest", "truncation": false}}, "models": []}
            """);
        NoDiagnostics(summary);
        var text = summary.Dataset!.Text!;
        Assert.Equal(("t.csv", "sentence", "tok/tokenizer.json"), (text.Texts, text.Column, text.Tokenizer));
        Assert.Equal((false, 16, TextPadding.Longest, false), (text.Lowercase, text.MaxLength, text.Padding, text.Truncation));
        Assert.Equal("shown.txt", summary.Dataset.Instance!.Texts);
    }

    [Theory]
    [InlineData("\"maxLength\": 2", "maxLength", "a whole number of tokens from 3 to 8192")]
    [InlineData("\"maxLength\": 12.5", "maxLength", "a whole number of tokens from 3 to 8192")]
    [InlineData("\"padding\": \"max_length\"", "padding", "\"maxLength\" or \"longest\"")]
    [InlineData("\"truncation\": \"yes\"", "truncation", "true or false")]
    [InlineData("\"lowercase\": 1", "lowercase", "true or false")]
    public void A_wrong_setting_is_reported_at_its_value_and_the_default_is_used(string setting, string field, string expected)
    {
        var spec = "{\"dataset\": {\"labels\": \"y.npy\", \"classes\": [\"a\"], \"text\": {\"texts\": \"t.txt\", \"tokenizer\": \"vocab.txt\", " + setting + "}}, \"models\": []}";
        var summary = Parse(spec);
        var diagnostic = Single(summary, DiagnosticCodes.WrongType);
        Assert.Contains($"\"{field}\" of the dataset's text must be {expected}", diagnostic.Message);
        var value = setting[(setting.IndexOf(':') + 2)..];
        At(diagnostic, DiagnosticSeverity.Error, 1, spec.IndexOf(value, StringComparison.Ordinal) + 1, 1, spec.IndexOf(value, StringComparison.Ordinal) + 1 + value.Length);
        var defaults = new TextDataset();
        var text = summary.Dataset!.Text!;
        Assert.Equal((defaults.MaxLength, defaults.Padding, defaults.Truncation, defaults.Lowercase), (text.MaxLength, text.Padding, text.Truncation, text.Lowercase));
    }

    [Fact]
    public void A_text_without_a_tokenizer_is_an_error_saying_what_to_add()
    {
        var summary = Parse("""{"dataset": {"labels": "y.npy", "classes": ["a"], "text": {"texts": "t.txt"}}, "models": []}""");
        var diagnostic = Single(summary, DiagnosticCodes.MissingField);
        Assert.Contains("no \"tokenizer\"", diagnostic.Message);
        Assert.Contains("tokenizer.json or vocab.txt", diagnostic.Message);
        Assert.Null(summary.Dataset!.Text!.Tokenizer);
    }

    [Fact]
    public void A_tokenizer_that_is_neither_json_nor_txt_is_refused()
    {
        var summary = Parse("""{"dataset": {"labels": "y.npy", "classes": ["a"], "text": {"texts": "t.txt", "tokenizer": "model.onnx"}}, "models": []}""");
        Assert.Contains("neither a Hugging Face tokenizer.json nor a WordPiece vocab.txt", Single(summary, DiagnosticCodes.WrongType).Message);
    }

    [Fact]
    public void Inputs_and_text_together_are_an_error_at_the_inputs()
    {
        var summary = Parse("""{"dataset": {"inputs": "x.npy", "labels": "y.npy", "classes": ["a"], "text": {"texts": "t.txt", "tokenizer": "v.txt"}}, "models": []}""");
        var diagnostic = Single(summary, DiagnosticCodes.WrongType);
        Assert.Contains("both \"inputs\" and \"text\"", diagnostic.Message);
        At(diagnostic, DiagnosticSeverity.Error, 1, 24, 1, 31);
    }

    [Fact]
    public void A_text_that_is_not_an_object_or_a_texts_path_outside_the_folder_is_reported()
    {
        Assert.Contains("\"text\" of the dataset must be an object",
            Single(Parse("""{"dataset": {"labels": "y.npy", "classes": ["a"], "text": "t.txt"}, "models": []}"""), DiagnosticCodes.WrongType).Message);
        var outside = Parse("""{"dataset": {"labels": "y.npy", "classes": ["a"], "text": {"texts": "../t.txt", "tokenizer": "v.txt"}}, "models": []}""");
        Assert.Contains("\"texts\" of the dataset's text", Single(outside, DiagnosticCodes.PathOutsideSpecFolder).Message);
        Assert.Null(outside.Dataset!.Text!.Texts);
    }
}
