namespace GovGraph.Bench;

/// <summary>What a seeded store file holds and how long seeding it took; written beside the file once it is complete.</summary>
internal sealed record SeedMarker(int Scale, long Households, int Nodes, int Relationships, double GenerateMs, double WriteMs, DateTimeOffset SeededAt);
