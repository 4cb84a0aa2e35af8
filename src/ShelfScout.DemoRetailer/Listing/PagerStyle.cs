namespace ShelfScout.DemoRetailer.Listing;

/// <summary>Which pagination links a listing shows.</summary>
internal enum PagerStyle
{
    /// <summary><c>&lt;link rel="next"&gt;</c> in the head plus numbered links and <c>&lt;a rel="next"&gt;</c>.</summary>
    RelNext,

    /// <summary>Only "‹ Previous" / "Next ›" text links, no rel attributes and no numbers.</summary>
    NextLinkOnly,

    /// <summary>Only a window of numbered page links (first, last, current ± 2).</summary>
    NumbersOnly,

    /// <summary>
    /// Script buttons only: <c>href="#"</c> links carrying <c>data-page</c>, a "Page N of M" status and the
    /// product count; a script would fetch <c>?page=N</c>. Never picked at random, only by <see cref="DemoStoreOptions.ScriptedPager"/>.
    /// </summary>
    Scripted,
}
