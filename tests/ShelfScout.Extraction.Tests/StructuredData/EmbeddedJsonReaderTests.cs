using System.Text.Json.Nodes;
using ShelfScout.Extraction.StructuredData;

namespace ShelfScout.Extraction.Tests.StructuredData;

public sealed class EmbeddedJsonReaderTests
{
    [Fact]
    public void Read_NextDataAndStateAssignments_AreFound()
    {
        var document = Html.Parse("""
            <script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"product":{"name":"Anvil","price":12.5}}}}</script>
            <script>window.__INITIAL_STATE__ = {"cart":{"items":[]},"note":"a } in a string"}; var n = 1;</script>
            <script>var cfg = {"a": 1}, empty = {};</script>
            <script type="application/ld+json">{"@type":"Product","name":"not embedded state"}</script>
            """);

        var found = EmbeddedJsonReader.Read(document);

        Assert.Equal(3, found.Count);
        Assert.Equal("Anvil", found[0]["props"]!["pageProps"]!["product"]!["name"]!.GetValue<string>());
        Assert.Equal("a } in a string", found[1]["note"]!.GetValue<string>());
        Assert.Equal(1, found[2]["a"]!.GetValue<int>());
    }

    [Fact]
    public void Read_ScriptWithoutJson_GivesNothing()
    {
        var document = Html.Parse("<script>function f(a) { return a[0]; } x = [1, 2, ;</script>");

        Assert.Empty(EmbeddedJsonReader.Read(document));
    }

    [Fact]
    public void StructuredDataReader_TypedObjectsInState_BecomeEmbeddedJsonItems()
    {
        var document = Html.Parse("""
            <script>window.__STATE__ = {"seo":{"jsonLd":{"@type":"Product","name":"Anvil","offers":{"@type":"Offer","price":"5"}}}};</script>
            """);

        var set = StructuredDataReader.Read(document, Html.PageUrl);

        var item = Assert.Single(set.Items);
        Assert.Equal(StructuredSyntax.EmbeddedJson, item.Syntax);
        Assert.Equal("5", item.GetItems("offers").Single().GetText("price"));
        Assert.Single(set.EmbeddedJson.OfType<JsonObject>());
    }

    [Fact]
    public void StructuredDataReader_Descendants_VisitsNestedItemsOnce()
    {
        var document = Html.Parse(Html.JsonLd("""
            [{"@type":"Product","@id":"#p","name":"A","offers":{"@type":"Offer","price":"1"}},
             {"@type":"WebPage","mainEntity":{"@id":"#p"}}]
            """));

        var set = StructuredDataReader.Read(document, Html.PageUrl);

        var all = set.Descendants().ToList();
        Assert.Equal(3, all.Count);
        Assert.Single(all, i => i.IsType("Product"));
    }
}
