namespace ShelfScout.Fetching;

/// <summary>How a fetch ended.</summary>
public enum FetchOutcome
{
    Ok,
    HttpError,
    DisallowedByRobots,
    TooLarge,
    NetworkError,
    Timeout,
}
