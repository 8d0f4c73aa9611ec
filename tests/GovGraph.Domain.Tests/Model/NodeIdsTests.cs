using GovGraph.Domain.Model;

namespace GovGraph.Domain.Tests.Model;

public sealed class NodeIdsTests
{
    [Theory]
    [InlineData("village:shanmen")]
    [InlineData("household:000001")]
    [InlineData("village:山门村")]
    [InlineData("person:𠀀𪚥")]
    [InlineData("emoji:😀")]
    public void WellFormedIdsIncludeChineseAndAstralPlaneCharacters(string id) =>
        Assert.True(NodeIds.IsWellFormed(id));

    [Theory]
    [InlineData("village:\nshanmen")]
    [InlineData("village:\u0000")]
    [InlineData("tab\tid")]
    [InlineData("del\u007F")]
    public void IdsWithControlCharactersAreRefused(string id) => Assert.False(NodeIds.IsWellFormed(id));

    [Fact]
    public void IdsWithLoneSurrogatesAreRefused()
    {
        Assert.False(NodeIds.IsWellFormed("a\uD83D"));
        Assert.False(NodeIds.IsWellFormed("\uDE00b"));
        Assert.False(NodeIds.IsWellFormed("x\uDE00\uD83Dy"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u3000")]
    public void BlankIdsAreRefused(string? id) => Assert.False(NodeIds.IsWellFormed(id));

    [Fact]
    public void IdsUpToTheMaximumLengthAreAcceptedAndLongerOnesRefused()
    {
        Assert.True(NodeIds.IsWellFormed(new string('a', NodeIds.MaxLength)));
        Assert.False(NodeIds.IsWellFormed(new string('a', NodeIds.MaxLength + 1)));
    }
}
