// The test classes that build and read tests/out/text-demo: one at a time, since a first build writes the folder's
// models and specs while another class would read or write them too.
namespace Backend.Tests.Evaluation.Text;

[CollectionDefinition(Name)]
public sealed class TextDemoCollection
{
    public const string Name = "text demo";
}
