using GovGraph.Api.Analytics.Export;

namespace GovGraph.Api.Tests.Analytics;

public sealed class CsvWriterTests
{
    [Theory]
    [InlineData("山门村", "山门村")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+86 138", "'+86 138")]
    [InlineData("@cmd", "'@cmd")]
    public void TextIsQuotedWhereNeededAndFormulasAreDisarmed(string value, string expected) =>
        Assert.Equal(expected, CsvWriter.Escape(value));

    [Fact]
    public void NumbersAreWrittenInvariantAndNullIsEmpty()
    {
        Assert.Equal("0.95", CsvWriter.Escape(0.95d));
        Assert.Equal("-3", CsvWriter.Escape(-3L));
        Assert.Equal("", CsvWriter.Escape(null));
    }
}
