namespace GovGraph.Storage.Interchange;

/// <summary>How an import treats the graph already stored.</summary>
public sealed record ImportOptions
{
    /// <summary>Replace the whole stored graph; otherwise the file adds to it and no id may clash.</summary>
    public bool Replace { get; init; }

    /// <summary>Reading stops after this many errors, so a wholly wrong file is not reported line by line.</summary>
    public int MaxErrors { get; init; } = 20;
}
