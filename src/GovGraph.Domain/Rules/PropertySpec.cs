namespace GovGraph.Domain.Rules;

/// <summary>
/// One property a change may set on a node or relationship: its type, whether it must hold a value, and the
/// bounds a value must keep. The API derives its input fields from these, and the editor checks every value
/// against them, so the two cannot drift apart.
/// </summary>
public sealed record PropertySpec(string Name, PropertyKind Kind, string Description)
{
    /// <summary>A value must be present once the change is applied (on creation the default may supply it).</summary>
    public bool Required { get; init; }

    /// <summary>What a creation stores when the property is not given.</summary>
    public object? Default { get; init; }

    /// <summary>The allowed values of a <see cref="PropertyKind.Choice"/>.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>The smallest allowed number, where bounded.</summary>
    public double? Min { get; init; }

    /// <summary>The largest allowed number, where bounded.</summary>
    public double? Max { get; init; }

    /// <summary>The longest text allowed, where it differs from <see cref="PropertyValidator.MaxTextLength"/>.</summary>
    public int? MaxLength { get; init; }
}
