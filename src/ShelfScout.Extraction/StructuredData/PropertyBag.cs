namespace ShelfScout.Extraction.StructuredData;

/// <summary>Collects property values in document order while an item is being read.</summary>
internal sealed class PropertyBag
{
    private readonly Dictionary<string, List<StructuredValue>> _values = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    public bool IsEmpty => _order.Count == 0;

    public void Add(string name, StructuredValue value)
    {
        if (!_values.TryGetValue(name, out var list))
        {
            list = [];
            _values[name] = list;
            _order.Add(name);
        }

        list.Add(value);
    }

    public IReadOnlyDictionary<string, IReadOnlyList<StructuredValue>> ToDictionary() =>
        _order.ToDictionary(n => n, n => (IReadOnlyList<StructuredValue>)_values[n].ToArray(), StringComparer.Ordinal);
}
