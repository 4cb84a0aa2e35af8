namespace ShelfScout.Cluster.Contracts;

/// <summary>A host's robots.txt as the silo that loaded it hands it to the host grain: text (null: allow all), final URL, load time.</summary>
[GenerateSerializer, Immutable]
public sealed record RobotsCopy([property: Id(0)] string? Body, [property: Id(1)] string FinalUrl, [property: Id(2)] DateTimeOffset LoadedAt);
