using ShelfScout.Extraction.Discovery;

namespace ShelfScout.Extraction.Tests.Discovery;

/// <summary>Menus delivered inert and rendered by script: a script typed as an HTML template, a template element.</summary>
public sealed class InertMenuTemplateTests
{
    private const string MenuItems = """
        <li><a href="/">Home</a></li>
        <li><a href="/collections/bath">Bath</a><ul>
          <li><a href="/collections/bath-bombs">Bath Bombs</a></li><li><a href="/collections/bath-salts">Bath Salts</a></li></ul></li>
        <li><a href="/collections/hair">Hair</a><ul>
          <li><a href="/collections/shampoo">Shampoo</a></li><li><a href="/collections/conditioner">Conditioner</a></li></ul></li>
        <li><a href="/collections/candles">Candles</a></li>
        """;

    private readonly NavigationTreeExtractor _extractor = new();

    [Fact]
    public void Extract_MenuOnlyInAnHtmlTemplateScriptInTheHead_ReadsItsTree()
    {
        var document = Page.Body(
            "<header><div class=\"menu-placeholder\"></div></header><main><h1>Welcome</h1></main>",
            head: $"<script id=\"hidden-menu\" type=\"text/html\">{MenuItems}</script>");

        var tree = _extractor.Extract(document, Page.Home);

        Assert.Equal("Bath(Bath Bombs,Bath Salts),Hair(Shampoo,Conditioner),Candles", Page.Shape(tree));
    }

    [Fact]
    public void Extract_MenuInATemplateElement_ReadsItsTree()
    {
        var document = Page.Body($"<header><template id=\"drawer\"><nav><ul>{MenuItems}</ul></nav></template></header><main><h1>Welcome</h1></main>");

        var tree = _extractor.Extract(document, Page.Home);

        Assert.Equal("Bath(Bath Bombs,Bath Salts),Hair(Shampoo,Conditioner),Candles", Page.Shape(tree));
    }

    [Fact]
    public void Extract_TemplateWithPlaceholderLinks_IsNotAMenu()
    {
        var document = Page.Body(
            "<main><h1>Welcome</h1></main>",
            head: "<script type=\"text/template\"><ul><li><a href=\"{{ item.url }}\">{{ item.title }}</a></li><li><a href=\"${url}\">${title}</a></li><li><a href=\"<%= link %>\">x</a></li></ul></script>");

        Assert.Empty(_extractor.Extract(document, Page.Home));
    }

    [Fact]
    public void Extract_ScriptOfOtherTypes_IsNotParsedAsMarkup()
    {
        var document = Page.Body(
            "<main><h1>Welcome</h1></main>",
            head: $"<script type=\"application/json\">\"{MenuItems.Replace("\"", "'", StringComparison.Ordinal).ReplaceLineEndings(" ")}\"</script>");

        Assert.Empty(_extractor.Extract(document, Page.Home));
    }
}
