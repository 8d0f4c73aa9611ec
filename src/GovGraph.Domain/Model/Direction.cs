namespace GovGraph.Domain.Model;

/// <summary>Which way a relationship is followed from a node.</summary>
public enum Direction
{
    /// <summary>From the node along its outgoing relationships (node is the start).</summary>
    Out,

    /// <summary>From the node against its incoming relationships (node is the end).</summary>
    In,
}
