namespace ShelfScout.Domain.Runs;

/// <summary>A progress report from an agent: what it is doing and how far it is.</summary>
/// <param name="Activity">Short human text, e.g. <c>Vitamins &gt; Vitamin C (page 2)</c>.</param>
/// <param name="Done">Items finished in this stage so far.</param>
/// <param name="Total">Items the stage expects to do, when known.</param>
/// <param name="Errors">Errors recorded in this stage so far.</param>
public sealed record AgentProgress(Stage Stage, string Activity, int Done, int? Total, int Errors);
