using System.Globalization;

namespace GovGraph.Storage.Neo4j.Cypher.Builders;

/// <summary>Collects a statement's parameters and names them <c>$p0</c>, <c>$p1</c>, …</summary>
internal sealed class CypherParameters
{
    private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal);

    /// <summary>Adds a value and returns its reference in the text (with the <c>$</c>).</summary>
    public string Add(object? value)
    {
        var name = "p" + _values.Count.ToString(CultureInfo.InvariantCulture);
        _values[name] = value;
        return "$" + name;
    }

    /// <summary>Adds a value under a fixed, readable name (e.g. <c>ids</c>) and returns its reference.</summary>
    public string Named(string name, object? value)
    {
        _values[name] = value;
        return "$" + name;
    }

    public CypherStatement Statement(string text) => new(text, new Dictionary<string, object?>(_values, StringComparer.Ordinal));
}
