using System.Text.RegularExpressions;
using ShelfScout.Domain.Catalog;
using ShelfScout.Extraction.Products;
using ShelfScout.Extraction.Vocabulary;

namespace ShelfScout.Extraction.Tests.Vocabulary;

/// <summary>The engine's vocabularies are embedded data files, one per list and language, one ordinary phrase a line.</summary>
public sealed partial class VocabularyFileTests
{
    private static readonly string[] Lists = ["stock-phrases", "identifier-labels", "price-qualifiers", "next-words"];

    [Fact]
    public void EveryEmbeddedVocabulary_NamesItsListAndLanguage()
    {
        var names = typeof(VocabularyFile).Assembly.GetManifestResourceNames().Where(n => n.Contains(".Vocabulary.", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(names);
        Assert.All(names, n => Assert.Matches(FileName(), n));
        Assert.All(Lists, list => Assert.Contains(names, n => n.Contains("." + list + ".", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("de")]
    [InlineData("fr")]
    [InlineData("es")]
    [InlineData("it")]
    [InlineData("nl")]
    [InlineData("pt")]
    public void StockPhrases_CoverTheMainStoreLanguages(string language)
    {
        var name = $"ShelfScout.Extraction.Vocabulary.stock-phrases.{language}.txt";
        using var stream = typeof(VocabularyFile).Assembly.GetManifestResourceStream(name);

        Assert.NotNull(stream);
        var text = new StreamReader(stream).ReadToEnd();
        Assert.Contains("[OutOfStock]", text, StringComparison.Ordinal);
        Assert.Contains("[InStock]", text, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryPhrase_IsShortOrdinaryText()
    {
        foreach (var list in Lists)
        {
            foreach (var (section, phrases) in VocabularyFile.Load(list))
            {
                // A phrase, not a sentence lifted from one page: a few words at most.
                Assert.All(phrases, p => Assert.True(p.Length <= 32 && p.Split(' ').Length <= 4, $"{list} [{section}]: '{p}' is a sentence, not a phrase"));
            }
        }
    }

    [Theory]
    [InlineData("Esaurito", Availability.OutOfStock)]
    [InlineData("Niet op voorraad", Availability.OutOfStock)]
    [InlineData("Sem estoque", Availability.OutOfStock)]
    [InlineData("Op voorraad", Availability.InStock)]
    [InlineData("Em estoque", Availability.InStock)]
    public void AvailabilityCues_ReadPhrasesFromTheDataFiles(string text, Availability expected) =>
        Assert.Equal(expected, AvailabilityCues.Classify(text));

    [GeneratedRegex(@"^ShelfScout\.Extraction\.Vocabulary\.[a-z-]+\.(?:[a-z]{2}|mul)\.txt$")]
    private static partial Regex FileName();
}
