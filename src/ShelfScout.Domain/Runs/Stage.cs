namespace ShelfScout.Domain.Runs;

/// <summary>The stages of a run, in the order the orchestrator runs them.</summary>
public enum Stage
{
    Categories,
    Products,
    Prices,
    Reviews,
}
