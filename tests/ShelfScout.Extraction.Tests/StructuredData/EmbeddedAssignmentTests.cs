using ShelfScout.Extraction.StructuredData;

namespace ShelfScout.Extraction.Tests.StructuredData;

public class EmbeddedAssignmentTests
{
    [Theory]
    [InlineData("window.__STATE__ = {\"a\":1}", 19)]
    [InlineData("var data = [1]", 11)]
    [InlineData("self.__x={\"a\":1}", 9)]
    [InlineData("x;w[\"k\"].d=[1]", 11)]
    [InlineData("{\"a\":1}", -1)]
    [InlineData("if(a=={}){}", -1)]
    [InlineData("a+={\"b\":1}", -1)]
    [InlineData("f(x=>{})", -1)]
    [InlineData("9a={\"b\":1}", -1)]
    public void NextAssignment_FindsTheLiteralOfAnAssignmentOnly(string script, int expected)
    {
        Assert.Equal(expected, EmbeddedJsonReader.NextAssignment(script, 0));
    }

    [Theory]
    [InlineData("var e={a:1}", false)]
    [InlineData("var e=[e,t]", false)]
    [InlineData("var e={\"a\":1}", true)]
    [InlineData("var e=[ {\"a\":1}]", true)]
    [InlineData("var e={}", true)]
    public void MayBeJson_TellsCodeLiteralsFromJson(string script, bool expected)
    {
        var start = script.IndexOfAny(['{', '[']);
        Assert.Equal(expected, EmbeddedJsonReader.MayBeJson(script, start, script.Length));
    }
}
