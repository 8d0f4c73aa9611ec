namespace GovGraph.Domain.Rules;

/// <summary>The value types a node or relationship property may hold, as a change supplies them.</summary>
public enum PropertyKind
{
    /// <summary>A string.</summary>
    Text,

    /// <summary>A whole number, stored as a <see cref="long"/>.</summary>
    Integer,

    /// <summary>A finite number, stored as a <see cref="double"/>.</summary>
    Number,

    /// <summary>A boolean.</summary>
    Flag,

    /// <summary>One of a fixed set of strings (<see cref="PropertySpec.Choices"/>).</summary>
    Choice,

    /// <summary>A calendar date, stored as ISO <c>yyyy-MM-dd</c> text.</summary>
    Date,

    /// <summary>A list of strings.</summary>
    TextList,

    /// <summary>An instant, stored as ISO-8601 text in UTC (<c>yyyy-MM-ddTHH:mm:ss.fffffffZ</c>).</summary>
    DateTime,
}
