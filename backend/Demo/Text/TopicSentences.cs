// The labelled sentences the text classifier's head is fitted and evaluated on: data/topics/sentences.csv
// (text,topic), written from templates by data/topics/make-sentences.py; classes in order of first appearance.
using CompressCompare.Backend.Data;

namespace CompressCompare.Backend.Demo.Text;

internal sealed record TopicSentences(string[] Texts, int[] Labels, IReadOnlyList<string> Classes)
{
    public const string RelativePath = "data/topics/sentences.csv";

    public int Count => Texts.Length;

    public static TopicSentences Read(string path)
    {
        var rows = File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(CsvLine.Split).ToList();
        var classes = rows.Select(r => r[1]).Distinct().Order(StringComparer.Ordinal).ToList();
        return new TopicSentences([.. rows.Select(r => r[0])], [.. rows.Select(r => classes.IndexOf(r[1]))], classes);
    }
}
