using GovGraph.Domain.Model;
using GovGraph.Domain.Rules;

namespace GovGraph.Domain.Tests.Rules;

public sealed class PropertyValidatorTests
{
    private static IReadOnlyDictionary<string, object?> Values(params (string Name, object? Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value);

    private static DomainRuleException Refused(Action validate)
    {
        var refused = Assert.Throws<DomainRuleException>(validate);
        Assert.Equal(RuleCodes.InvalidInput, refused.Code);
        return refused;
    }

    [Fact]
    public void ACreationGetsItsDefaultsAndTheStoredTypes()
    {
        var village = PropertyValidator.ForCreation(NodeProperties.For(Labels.Village), Values((Props.Name, "新村"), (Props.BranchType, "BRANCH")));
        var household = PropertyValidator.ForCreation(NodeProperties.For(Labels.Household), Values((Props.HeadName, "孙"), (Props.Size, 3), (Props.Phone, null)));
        var venue = PropertyValidator.ForCreation(NodeProperties.For(Labels.Venue), Values((Props.Name, "中心"), (Props.Kind, "VILLAGE_CENTRE"), (Props.InvestmentYuan, 5)));

        Assert.Equal(false, village[Props.KeyVillage]);
        Assert.Equal(3L, household[Props.Size]);
        Assert.False(household.ContainsKey(Props.Phone));
        Assert.Equal(5.0, venue[Props.InvestmentYuan]);
    }

    [Fact]
    public void DatesAreStoredAsIsoText()
    {
        var since = RelationshipProperties.For(RelTypes.Links);

        Assert.Equal("2024-02-29", PropertyValidator.ForCreation(since, Values((Props.Since, new DateOnly(2024, 2, 29))))[Props.Since]);
        Assert.Equal("2024-02-29", PropertyValidator.ForCreation(since, Values((Props.Since, "2024-02-29")))[Props.Since]);
        Assert.Equal("properties.since", Refused(() => PropertyValidator.ForCreation(since, Values((Props.Since, "2023-02-29")), "properties.")).Field);
    }

    [Fact]
    public void AnUpdateKeepsWhatItDoesNotNameAndClearsWhatIsNull()
    {
        var current = Values((Props.HeadName, "孙"), (Props.Size, 3L), (Props.Phone, "139"), ("legacy", "kept"));

        var updated = PropertyValidator.ForUpdate(NodeProperties.For(Labels.Household), current, Values((Props.Phone, null), (Props.Size, 4)));

        Assert.Equal(Values((Props.HeadName, "孙"), (Props.Size, 4L), ("legacy", "kept")), updated);
    }

    [Theory]
    [InlineData(Props.Name, null)]
    [InlineData(Props.Name, "")]
    [InlineData(Props.Gender, "OTHER")]
    [InlineData(Props.BirthYear, 1850)]
    [InlineData(Props.BirthYear, 1990.5)]
    [InlineData(Props.PartyMember, "yes")]
    [InlineData(Props.Synthetic, true)]
    public void ABadPersonUpdateNamesItsField(string property, object? value)
    {
        var current = Values((Props.Name, "李明"), (Props.PartyMember, true));

        var refused = Refused(() => PropertyValidator.ForUpdate(NodeProperties.For(Labels.Person), current, Values((property, value))));

        Assert.Equal(property, refused.Field);
    }

    [Fact]
    public void TextIsBoundedAndPrintable()
    {
        var specs = NodeProperties.For(Labels.University);

        Refused(() => PropertyValidator.ForCreation(specs, Values((Props.Name, new string('学', PropertyValidator.MaxTextLength + 1)))));
        Refused(() => PropertyValidator.ForCreation(specs, Values((Props.Name, "南京\u0000林业大学"))));
        Assert.Equal("南京林业大学", PropertyValidator.ForCreation(specs, Values((Props.Name, "南京林业大学")))[Props.Name]);
    }

    [Fact]
    public void AListPropertyHoldsText()
    {
        var specs = RelationshipProperties.For(RelTypes.CooperatesWith);

        Assert.Equal(new[] { "林业", "乡村" }, PropertyValidator.ForCreation(specs, Values((Props.Areas, new List<object?> { "林业", "乡村" })))[Props.Areas]);
        Refused(() => PropertyValidator.ForCreation(specs, Values((Props.Areas, "林业"))));
        Refused(() => PropertyValidator.ForCreation(specs, Values((Props.Areas, new List<object?> { "林业", 3 }))));
    }

    [Fact]
    public void EveryLabelTheModelKnowsHasWritableProperties()
    {
        Assert.All(Labels.All, label => Assert.Contains(NodeProperties.For(label), p => p.Required));
        Assert.All(RelTypes.All, type => Assert.Contains(RelationshipProperties.For(type), p => p.Name == Props.Since));
    }
}
