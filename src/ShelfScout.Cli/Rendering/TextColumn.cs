namespace ShelfScout.Cli.Rendering;

/// <summary>
/// One column of a <see cref="TextTable"/>. A <see cref="Flexible"/> column takes the width the others leave and
/// cuts its cells (at a word, with an ellipsis) to fit, but is never narrower than <see cref="MinWidth"/>;
/// <see cref="MaxWidth"/> cuts a fixed column's long cells the same way.
/// </summary>
internal sealed record TextColumn(string Header, bool RightAligned = false, bool Flexible = false, int MinWidth = 0, int? MaxWidth = null);
