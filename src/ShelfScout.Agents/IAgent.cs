using ShelfScout.Domain.Runs;

namespace ShelfScout.Agents;

/// <summary>A specialised agent with one job. Agents share state only through the store in <see cref="AgentContext"/>.</summary>
public interface IAgent
{
    Stage Stage { get; }

    string Name { get; }

    /// <summary>Does the agent's job for one retailer. Item failures are recorded in the context and counted, not thrown.</summary>
    Task<StageResult> RunAsync(AgentContext context, CancellationToken cancellationToken);
}
