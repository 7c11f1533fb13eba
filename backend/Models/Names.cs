// Names that come from a file (tensor, node, column names) go into error messages shortened, so a hostile file
// cannot fill a reply or a log line with its content.
namespace CompressCompare.Backend.Models;

public static class Names
{
    public const int MaxLength = 100;

    public static string Short(string name) => name.Length <= MaxLength ? name : name[..MaxLength] + "…";
}
