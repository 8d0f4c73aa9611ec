using GovGraph.Domain.Model;

namespace GovGraph.Domain.Tests;

public sealed class PersonalDataTests
{
    [Theory]
    [InlineData("张三", "张*")]
    [InlineData("欧阳娜娜", "欧***")]
    [InlineData("李", "*")]
    [InlineData("John Smith", "J*********")]
    public void NamesKeepTheirFirstCharacter(string name, string masked) =>
        Assert.Equal(masked, PersonalData.Mask(Props.HeadName, name));

    [Theory]
    [InlineData("13812341234", "138****1234")]
    [InlineData("0563-4012345", "056*****2345")]
    [InlineData("12345", "*****")]
    public void PhonesKeepTheCarrierPrefixAndTheLastFourDigits(string phone, string masked) =>
        Assert.Equal(masked, PersonalData.Mask(Props.Phone, phone));

    [Fact]
    public void AddressesKeepTheirFirstThird() =>
        Assert.Equal("港口镇********", PersonalData.Mask(Props.Address, "港口镇山门村3组12号"));

    [Fact]
    public void CharactersOutsideTheBasicPlaneCountAsOne() =>
        Assert.Equal("𠀀*", PersonalData.Mask(Props.HeadName, "𠀀𠀁"));

    [Fact]
    public void EmptyAndMissingValuesStayAsTheyAre()
    {
        Assert.Null(PersonalData.Mask(Props.Phone, null));
        Assert.Equal("", PersonalData.Mask(Props.Phone, ""));
    }

    [Fact]
    public void HouseholdsAndPeopleHavePersonalPropertiesAndOrgUnitsNone()
    {
        Assert.Equal([Props.Address, Props.HeadName, Props.Phone], PersonalData.PropertiesOf(Labels.Household).Order());
        Assert.Contains(Props.Phone, PersonalData.PropertiesOf(Labels.Person));
        Assert.DoesNotContain(Props.Name, PersonalData.PropertiesOf(Labels.Person));
        Assert.Empty(PersonalData.PropertiesOf(Labels.Village));
        Assert.True(PersonalData.NameIsPersonal(Labels.Household));
        Assert.False(PersonalData.NameIsPersonal(Labels.Person));
    }

    [Fact]
    public void MaskAllMasksOnlyThePersonalPropertiesOfACopy()
    {
        var properties = new Dictionary<string, object?> { [Props.HeadName] = "王五", [Props.Phone] = "13800001111", [Props.Size] = 4L };
        var masked = PersonalData.MaskAll(Labels.Household, properties)!;

        Assert.Equal("王*", masked[Props.HeadName]);
        Assert.Equal("138****1111", masked[Props.Phone]);
        Assert.Equal(4L, masked[Props.Size]);
        Assert.Equal("王五", properties[Props.HeadName]);
        Assert.Same(properties, PersonalData.MaskAll(Labels.Village, properties));
    }
}
