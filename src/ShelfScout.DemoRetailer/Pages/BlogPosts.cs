using System.Text;
using ShelfScout.DemoRetailer.Generation;
using ShelfScout.DemoRetailer.Markup;

namespace ShelfScout.DemoRetailer.Pages;

/// <summary>A few editorial pages that link to products without being product or category pages.</summary>
internal static class BlogPosts
{
    public sealed record Post(string Slug, string Title, string Intro);

    public static readonly IReadOnlyList<Post> All =
    [
        new("winter-immune-support", "Five ways to support your immune system this winter", "Shorter days and colder weather put your body to work."),
        new("protein-myths", "Protein myths, busted", "How much protein do you really need? Less than the gym says, more than you think."),
        new("natural-skincare-routine", "A simple natural skincare routine", "Three steps, five minutes, no synthetic fragrance."),
    ];

    public static string RenderIndex(RenderContext ctx)
    {
        var s = ctx.Style;
        var sb = ctx.Shell.Begin(new PageHead("Wellness Blog", "/blog") { JsonLdBlocks = ctx.JsonLd() }, ctx.Origin, "blog");
        sb.Append("<h1>Wellness Blog</h1>\n<ul").Append(s.Class("article-list")).Append('>');
        foreach (var post in All)
        {
            sb.Append("<li><article><h2>").AppendLink("/blog/" + post.Slug, post.Title).Append("</h2><p>").AppendEscaped(post.Intro).Append("</p></article></li>");
        }

        sb.Append("</ul>\n");
        return ctx.Shell.End(sb);
    }

    public static string? RenderPost(RenderContext ctx, string slug)
    {
        var post = All.FirstOrDefault(p => p.Slug == slug);
        if (post is null)
        {
            return null;
        }

        var s = ctx.Style;
        var sb = ctx.Shell.Begin(new PageHead(post.Title, "/blog/" + post.Slug) { JsonLdBlocks = ctx.JsonLd() }, ctx.Origin, "article");
        sb.Append("<article").Append(s.Class("blog-post")).Append("><h1>").AppendEscaped(post.Title).Append("</h1><p>").AppendEscaped(post.Intro).Append("</p>");
        var mentions = ctx.Catalog.Products.Where(ctx.Catalog.IsListed).OrderBy(p => StableRandom.Hash(ctx.Catalog.Seed, "blog:" + post.Slug, p.Id)).Take(2).ToList();
        if (mentions.Count > 0)
        {
            sb.Append("<p>Our team's picks: ");
            AppendMentions(sb, mentions);
            sb.Append(".</p>");
        }

        sb.Append("<p>Remember that supplements are not a substitute for a varied diet.</p>").AppendLink("/blog", "‹ Back to the blog").Append("</article>\n");
        return ctx.Shell.End(sb);
    }

    private static void AppendMentions(StringBuilder sb, List<DemoProduct> mentions)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(" and ");
            }

            sb.AppendLink(mentions[i].RelativeUrl, mentions[i].Name);
        }
    }
}
