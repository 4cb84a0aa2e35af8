namespace ShelfScout.Extraction.StructuredData;

/// <summary>An RDFa subject being filled while the document is walked.</summary>
internal sealed class RdfaSubject(IReadOnlyList<string> types, string? id)
{
    private readonly List<(string Name, string? Text, RdfaSubject? Item)> _values = [];
    private StructuredItem? _built;

    public bool IsEmpty => _values.Count == 0;

    public void Add(string name, string text) => _values.Add((name, text, null));

    public void Add(string name, RdfaSubject item) => _values.Add((name, null, item));

    public StructuredItem Build()
    {
        if (_built is not null)
        {
            return _built;
        }

        var bag = new PropertyBag();
        foreach (var (name, text, item) in _values)
        {
            bag.Add(name, item is null ? StructuredValue.OfText(text!) : StructuredValue.OfItem(item.Build()));
        }

        _built = new StructuredItem(StructuredSyntax.Rdfa, types, bag.ToDictionary(), id);
        return _built;
    }
}
