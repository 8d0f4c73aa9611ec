namespace GovGraph.Storage.Interchange;

/// <summary>Why a line of an import file was refused. <see cref="Line"/> is 1-based; 0 when no line is to blame.</summary>
public sealed record ImportError(int Line, string Reason)
{
    public override string ToString() => Line > 0 ? $"line {Line}: {Reason}" : Reason;
}
