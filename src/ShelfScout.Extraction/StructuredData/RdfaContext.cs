namespace ShelfScout.Extraction.StructuredData;

/// <summary>What an RDFa element inherits from its ancestors.</summary>
internal sealed record RdfaContext(string? Vocab, IReadOnlyDictionary<string, string> Prefixes, RdfaSubject Subject);
