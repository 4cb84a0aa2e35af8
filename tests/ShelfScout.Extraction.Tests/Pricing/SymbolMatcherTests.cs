using ShelfScout.Extraction.Pricing;

namespace ShelfScout.Extraction.Tests.Pricing;

/// <summary>The multi-symbol search finds what a longest-first alternation with word boundaries would.</summary>
public sealed class SymbolMatcherTests
{
    private static readonly SymbolMatcher Matcher = new(["$", "US$", "€", "EUR", "lei", "руб", "руб.", "kr", "kr."]);

    [Theory]
    [InlineData("US$ 12.99", "US$")]
    [InlineData("12,99 €", "€")]
    [InlineData("EUR 5", "EUR")]
    [InlineData("99 lei", "lei")]
    [InlineData("150 руб.", "руб.")]
    [InlineData("150 рублей", "руб")]
    [InlineData("Bleistift 3 lei", "lei")]
    [InlineData("12 kr.", "kr.")]
    public void Match_FindsTheLeftmostLongestBoundedSymbol(string text, string expected) =>
        Assert.Equal(expected, Matcher.Match(text));

    [Theory]
    [InlineData("EURope 5")]
    [InlineData("Bleistift 3")]
    [InlineData("kraft 12")]
    [InlineData("no currency 12")]
    public void Match_SymbolInsideAWord_IsNotACurrency(string text) =>
        Assert.Null(Matcher.Match(text));
}
