// A parameter of an operation that cannot be used as written: names the operation, the key and what is allowed.
namespace CompressCompare.Backend.Compression;

public sealed class CompressionParameterException(string operation, string parameter, string message)
    : ArgumentException($"\"{operation}\", parameter \"{parameter}\": {message}", parameter)
{
    public string Operation { get; } = operation;
    public string Parameter { get; } = parameter;
}
