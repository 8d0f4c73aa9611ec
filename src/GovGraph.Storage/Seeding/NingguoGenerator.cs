namespace GovGraph.Storage.Seeding;

/// <summary>Placeholder until the generator lands.</summary>
public static class NingguoGenerator
{
    public static GraphWriteBatch Generate(int scale = 1) => new();
}
