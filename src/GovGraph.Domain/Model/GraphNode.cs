namespace GovGraph.Domain.Model;

/// <summary>
/// A node of the property graph. Property values are <see cref="string"/>, <see cref="long"/>,
/// <see cref="double"/>, <see cref="bool"/> or a <see cref="string"/> array; absent optional
/// properties are simply missing from the dictionary.
/// </summary>
public sealed record GraphNode(string Id, string Label, IReadOnlyDictionary<string, object?> Properties)
{
    /// <summary>
    /// Optimistic-concurrency version: 1 when created, one more on every update. Stores fill it on read;
    /// a node built in memory (a seed, an import line) is version 1.
    /// </summary>
    public long Version { get; init; } = 1;

    public string? GetString(string name) => Properties.TryGetValue(name, out var v) ? v as string : null;

    public long? GetLong(string name) => Properties.TryGetValue(name, out var v) ? PropertyValues.AsLong(v) : null;

    public double? GetDouble(string name) => Properties.TryGetValue(name, out var v) ? PropertyValues.AsDouble(v) : null;

    public bool? GetBool(string name) => Properties.TryGetValue(name, out var v) && v is bool b ? b : null;

    /// <summary>The display name: <c>name</c>, or a household's <c>headName</c>.</summary>
    public string? Name => GetString(Props.Name) ?? GetString(Props.HeadName);
}
