using ShelfScout.Agents.Crawling;

namespace ShelfScout.Agents;

/// <summary>
/// An agent whose work rides on the crawl's: before the crawl stages run, the orchestrator lets it join the run's
/// crawl session (the reviews agent asks the crawl to read reviews from the product pages it reads anyway).
/// </summary>
public interface ICrawlParticipant
{
    void JoinCrawl(CrawlSession session, AgentLimits limits);
}
