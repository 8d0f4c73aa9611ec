namespace GovGraph.Storage.Seeding;

/// <summary>What the generator decided about one village before it writes the village's subtree.</summary>
internal sealed class VillagePlan
{
    public required int TownshipIndex { get; init; }

    public required string Slug { get; init; }

    public required string Name { get; init; }

    public required bool Synthetic { get; init; }

    public string Id => $"village:{Slug}";

    public bool Key { get; set; }

    public int Groups { get; set; }

    public int Households { get; set; }

    public int People { get; set; }

    public int Members { get; set; }

    public int? CentralHouseholds { get; set; }

    public string? BranchType { get; set; }

    /// <summary>Mean household size the village's sizes are drawn around.</summary>
    public double MeanSize { get; set; }

    public int Cadres { get; set; } = 5;

    public int Talents { get; set; }

    public int Instructors { get; set; } = 1;

    public int Dispatched { get; set; }

    public long? NewVenueInvestment { get; set; }

    public int? SecretaryCivilServicePostYear { get; set; }

    public bool HasRecruitedCadre { get; set; }

    public VillagePlan CopyAs(int townshipIndex, string slug, string name) => new()
    {
        TownshipIndex = townshipIndex,
        Slug = slug,
        Name = name,
        Synthetic = true,
        Groups = Groups,
        Households = Households,
        People = People,
        Members = Members,
        CentralHouseholds = CentralHouseholds,
        MeanSize = MeanSize,
        Cadres = Cadres,
        Talents = Talents,
        NewVenueInvestment = NewVenueInvestment,
    };
}
