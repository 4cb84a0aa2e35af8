namespace ShelfScout.Domain.Runs;

/// <summary>One failure recorded during a run: the stage it happened in, the URL involved (if any) and why.</summary>
public sealed record RunError(Stage Stage, string? Url, string Reason, DateTimeOffset At);
