namespace GovGraph.Domain.Model;

/// <summary>Normalises property values read from JSON or a store to the model's few scalar types.</summary>
public static class PropertyValues
{
    public static long? AsLong(object? value) => value switch
    {
        long l => l,
        int i => i,
        double d when d == Math.Floor(d) => (long)d,
        _ => null,
    };

    public static double? AsDouble(object? value) => value switch
    {
        double d => d,
        long l => l,
        int i => i,
        _ => null,
    };
}
