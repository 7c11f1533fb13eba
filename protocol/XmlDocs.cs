// Reads the compiler's XML documentation file so schema descriptions come from the same comments as the code.
using System.Reflection;
using System.Xml.Linq;

namespace CompressCompare.Protocol;

internal sealed class XmlDocs
{
    readonly Dictionary<string, string> _summaries;

    XmlDocs(Dictionary<string, string> summaries) => _summaries = summaries;

    public static XmlDocs Load(Assembly assembly)
    {
        var path = Path.ChangeExtension(assembly.Location, ".xml");
        if (!File.Exists(path))
            throw new FileNotFoundException(
                $"The protocol's XML documentation is missing at {path}; build with GenerateDocumentationFile=true.", path);
        var summaries = XDocument.Load(path).Descendants("member")
            .Where(m => m.Attribute("name") is not null && m.Element("summary") is not null)
            .ToDictionary(
                m => m.Attribute("name")!.Value,
                m => string.Join(' ', m.Element("summary")!.Value.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)));
        return new XmlDocs(summaries);
    }

    public string? Summary(Type type) => _summaries.GetValueOrDefault("T:" + type.FullName);

    public string? Summary(PropertyInfo property) =>
        _summaries.GetValueOrDefault($"P:{property.DeclaringType!.FullName}.{property.Name}");

    public string? Summary(FieldInfo field) =>
        _summaries.GetValueOrDefault($"F:{field.DeclaringType!.FullName}.{field.Name}");
}
