// The spec parser was rewritten for speed and memory (issue 17); these pin what it reads to what the parser
// before that rewrite read: a canonical JSON dump of each ParsedSpec, compared by SHA-256 with the digests the
// old parser gave (ParsedSpecDigests.txt), on the committed fixtures, the paper's six specs, a synthetic sweep
// and hostile variants. Text and UTF-8 bytes (what a read from disk hands over) must both give the same parse.
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CompressCompare.Backend.ModelMap.Bench;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol;
using CompressCompare.Protocol.Spec;

namespace Backend.Tests.Spec;

public sealed class SpecParserEquivalenceTests
{
    const string DigestFile = "tests/Backend.Tests/Spec/ParsedSpecDigests.txt";
    static readonly JsonSerializerOptions Json = new(WireJson.CreateOptions()) { WriteIndented = true };

    // Errors of most kinds, in an order that makes the readers work: models before the declarations, a repeated
    // "models" key, comments and trailing commas, escapes, non-ASCII text, CRLF line ends.
    const string Hostile = "{\r\n  // models first\r\n  \"models\": [{\"id\": \"ignored\"}],\r\n  \"models\": [\r\n" +
        "    {\"id\": \"root\", \"tag\": \"r\u00e9seau \\u2713\", \"metrics\": {\"acc\": 0.5, \"acc\": 0.6, \"size\": null, \"odd\": \"x\", \"big\": 1e999}},\r\n" +
        "    {\"id\": \"root\"},\r\n    {\"id\": 3},\r\n    [1, 2],\r\n    {\"tag\": \"no id\"},\r\n" +
        "    {\"id\": \"child\", \"base\": \"Root\", \"operation\": {\"name\": \"Prune\", \"parameters\": {\"amount\": 0.5, \"list\": [1, {\"a\": null}], \"s\": \"x\\ny\"}}},\r\n" +
        "    {\"id\": \"a\", \"base\": \"b\", \"operation\": {\"name\": 4}},\r\n    {\"id\": \"b\", \"base\": \"a\", \"operation\": {\"parameters\": 1}},\r\n" +
        "    {\"id\": \"c\", \"base\": 7, \"operation\": [], \"metrics\": [], \"artifact\": 5, \"outputs\": \"../x.csv\", \"output\": false},\r\n" +
        "    {\"id\": \"d\", \"base\": null, \"operation\": {\"name\": \"Undeclared\", \"parameters\": null}, \"metrics\": {\"acc\": true,},},\r\n" +
        "  ],\r\n  \"metrics\": [{\"name\": \"acc\", \"primary\": \"yes\"}, {\"name\": \"size\", \"min\": 1, \"max\": 0}, 5],\r\n" +
        "  \"operations\": [{\"name\": \"Prune\", \"parameters\": {\"amount\": {\"type\": \"continuous\"}}}, {\"parameters\": {}}],\r\n" +
        "  /* unknown fields are kept out of the summary but must not break it */ \"extra\": {\"deep\": [[[]]]},\r\n}\r\n";

    public static TheoryData<string> Cases() => [.. SpecCases().Keys];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parse_GivesTheSameSpecAsBeforeTheRewrite(string name)
    {
        var (path, text) = SpecCases()[name];
        var fromText = Dump(SpecParser.Parse(path, text, CancellationToken.None), path);
        // The file's bytes, as a read from disk hands them over: UTF-8 (with the text's own byte order mark, if any) and UTF-16.
        Assert.Equal(fromText, Dump(SpecParser.ParseFile(path, Encoding.UTF8.GetBytes(text), CancellationToken.None), path));
        Assert.Equal(fromText, Dump(SpecParser.ParseFile(path, [.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes(text)], CancellationToken.None), path));
        var digests = ReadDigests();
        if (Environment.GetEnvironmentVariable("CC_WRITE_SPEC_DIGESTS") == "1")
        {
            digests[name] = Digest(fromText);
            File.WriteAllLines(RepoPaths.Of(DigestFile), digests.OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => $"{d.Key} {d.Value}"));
            return;
        }
        Assert.True(digests.TryGetValue(name, out var expected), $"No digest for '{name}' in {DigestFile}; write them with CC_WRITE_SPEC_DIGESTS=1 on the parser to compare with.");
        var dumpPath = Path.Combine(Path.GetTempPath(), $"cc-parsed-spec-{name}.json");
        if (Digest(fromText) != expected) File.WriteAllText(dumpPath, fromText);
        Assert.True(Digest(fromText) == expected, $"The parse of '{name}' differs from the one before the rewrite; its dump is in {dumpPath}.");
    }

    [Fact]
    public void ParseFile_ReadsBytesThatAreNotUtf8AsTheTextAReaderDecodesFromThem()
    {
        // A stray Latin-1 byte inside a tag, and a file that starts with two byte order marks.
        byte[] latin1 = [.. Encoding.UTF8.GetBytes("{\"models\": [{\"id\": \"a\", \"tag\": \"caf"), 0xE9, .. Encoding.UTF8.GetBytes("\", \"metrics\": 5}]}")];
        byte[] twoMarks = [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("{\"models\": [{\"id\": \"a\" , \"metrics\": 5}]}")];
        foreach (var bytes in new[] { latin1, twoMarks })
        {
            using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            var expected = Dump(SpecParser.Parse(SpecAssert.SpecPath, reader.ReadToEnd(), CancellationToken.None), SpecAssert.SpecPath);
            var parsed = SpecParser.ParseFile(SpecAssert.SpecPath, bytes, CancellationToken.None);
            Assert.Equal(expected, Dump(parsed, SpecAssert.SpecPath));
            // The wrong-type "metrics" is reported, after the replaced byte or the marks, at the same column both ways.
            Assert.Equal(DiagnosticCodes.WrongType, SpecAssert.Single(parsed, DiagnosticCodes.WrongType).Code);
        }
    }

    static Dictionary<string, (string Path, string Text)> SpecCases()
    {
        var cases = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(RepoPaths.Of("tests/fixtures/specs"), "*.json")
                     .Concat(Directory.GetFiles(RepoPaths.Of("tests/fixtures/paper"), "*.json")).Order(StringComparer.Ordinal))
            cases[Path.GetFileNameWithoutExtension(file)] = (file, File.ReadAllText(file));
        var folder = RepoPaths.Of("tests/fixtures/specs");
        // Its "operations" come from OperationCatalog, so a newly declared parameter changes this input: then its
        // digest is rewritten once with the parser as it stands, and pins later parsers to that.
        cases["synthetic-3000"] = (Path.Combine(folder, "synthetic.models.json"), SyntheticSpec.Generate(3000, 7));
        cases["hostile"] = (Path.Combine(folder, "hostile.models.json"), Hostile);
        var upstream = cases["upstream.models"].Item2;
        cases["upstream-bom-crlf-minified"] = (Path.Combine(folder, "variant.models.json"),
            "\uFEFF" + JsonSerializer.Serialize(JsonDocument.Parse(upstream).RootElement).Replace(",\"", ",\r\n\""));
        return cases;
    }

    /// <summary>The parse as canonical JSON, with the machine's folder names taken out.</summary>
    internal static string Dump(ParsedSpec parsed, string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        return JsonSerializer.Serialize(parsed with { Path = Path.GetFileName(path) }, Json).Replace(folder, "<folder>");
    }

    static string Digest(string dump) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(dump)));

    static Dictionary<string, string> ReadDigests()
    {
        var file = RepoPaths.Of(DigestFile);
        return !File.Exists(file) ? new(StringComparer.Ordinal)
            : File.ReadAllLines(file).Where(l => l.Contains(' ')).ToDictionary(l => l[..l.IndexOf(' ')], l => l[(l.IndexOf(' ') + 1)..], StringComparer.Ordinal);
    }
}
