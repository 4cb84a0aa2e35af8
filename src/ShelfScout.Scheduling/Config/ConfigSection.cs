using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ShelfScout.Scheduling.Config;

/// <summary>
/// One object of a config file being read, with where it is (file, retailer, field path) so every error is one line
/// that says where to look. Unknown fields are errors too: a typo must not silently fall back to a default.
/// </summary>
internal sealed class ConfigSection
{
    private readonly string _file;
    private readonly string? _retailer;
    private readonly string _path;
    private readonly JsonObject _node;
    private readonly HashSet<string> _read;

    public ConfigSection(string file, string? retailer, string path, JsonObject node)
        : this(file, retailer, path, node, new HashSet<string>(StringComparer.Ordinal))
    {
    }

    private ConfigSection(string file, string? retailer, string path, JsonObject node, HashSet<string> read)
    {
        _file = file;
        _retailer = retailer;
        _path = path;
        _node = node;
        _read = read;
    }

    /// <summary>The same object, its errors now naming the retailer instead of its index in the list.</summary>
    public ConfigSection ForRetailer(string retailer) => new(_file, retailer, string.Empty, _node, _read);

    public ConfigException Error(string field, string problem)
    {
        var where = _retailer is null ? string.Empty : $" retailer '{_retailer}':";
        return new ConfigException($"{_file}:{where} {Field(field)}: {problem}");
    }

    public bool Has(string field) => _node[field] is not null;

    public string? String(string field, bool required = false)
    {
        var node = Take(field);
        if (node is null)
        {
            return required ? throw Error(field, "is required") : null;
        }

        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.String && value.GetValue<string>() is { } text)
        {
            if (required && string.IsNullOrWhiteSpace(text))
            {
                throw Error(field, "must not be empty");
            }

            return text;
        }

        throw Error(field, "must be text");
    }

    public bool? Bool(string field)
    {
        var node = Take(field);
        if (node is null)
        {
            return null;
        }

        return node is JsonValue value && value.GetValueKind() is JsonValueKind.True or JsonValueKind.False
            ? value.GetValue<bool>()
            : throw Error(field, "must be true or false");
    }

    public int? Int(string field, int minimum)
    {
        var number = Decimal(field);
        if (number is null)
        {
            return null;
        }

        if (number != Math.Floor(number.Value) || number < minimum || number > int.MaxValue)
        {
            throw Error(field, minimum == 0 ? "must be a whole number, 0 or more" : $"must be a whole number, {minimum} or more");
        }

        return (int)number.Value;
    }

    public decimal? Decimal(string field)
    {
        var node = Take(field);
        if (node is null)
        {
            return null;
        }

        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.Number)
        {
            return decimal.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        throw Error(field, "must be a number");
    }

    public ConfigSection? Object(string field)
    {
        var node = Take(field);
        return node switch
        {
            null => null,
            JsonObject obj => new ConfigSection(_file, _retailer, Field(field), obj),
            _ => throw Error(field, "must be an object"),
        };
    }

    public IReadOnlyList<JsonNode?>? Array(string field)
    {
        var node = Take(field);
        return node switch
        {
            null => null,
            JsonArray list => list.ToList(),
            _ => throw Error(field, "must be a list"),
        };
    }

    public ConfigSection Item(string field, int index, JsonNode? node) =>
        node as JsonObject is { } obj
            ? new ConfigSection(_file, _retailer, $"{Field(field)}[{index}]", obj)
            : throw Error($"{field}[{index}]", "must be an object");

    /// <summary>The fields of a free-form map (for example per-product thresholds).</summary>
    public IEnumerable<string> Keys()
    {
        foreach (var (key, _) in _node)
        {
            yield return key;
        }
    }

    /// <summary>Throws for the first field nobody read.</summary>
    public void RejectUnknown(params string[] known)
    {
        foreach (var (key, _) in _node)
        {
            if (!_read.Contains(key) && !known.Contains(key, StringComparer.Ordinal))
            {
                throw Error(key, "unknown field");
            }
        }
    }

    private JsonNode? Take(string field)
    {
        _read.Add(field);
        return _node[field];
    }

    private string Field(string field) => _path.Length == 0 ? field : _path + "." + field;
}
