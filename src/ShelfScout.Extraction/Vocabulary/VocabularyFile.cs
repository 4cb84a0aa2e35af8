using System.Reflection;

namespace ShelfScout.Extraction.Vocabulary;

/// <summary>
/// Reads the engine's vocabularies: embedded text files named <c>{list}.{language}.txt</c> (one ordinary phrase a line,
/// <c>[Section]</c> headers, <c>#</c> comments), every language of one list merged by section.
/// </summary>
internal static class VocabularyFile
{
    private const string Folder = "ShelfScout.Extraction.Vocabulary.";

    /// <summary>Section name (as written, compared ignoring case) to its phrases, lower-cased, over every language of <paramref name="list"/>.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Load(string list)
    {
        var assembly = typeof(VocabularyFile).Assembly;
        var sections = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        var prefix = Folder + list + ".";
        var resources = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".txt", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (resources.Count == 0)
        {
            throw new InvalidOperationException($"No vocabulary files for '{list}' are embedded.");
        }

        foreach (var resource in resources)
        {
            Read(assembly, resource, sections);
        }

        return sections.ToDictionary(s => s.Key, s => (IReadOnlyList<string>)s.Value.Distinct(StringComparer.Ordinal).ToArray(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The phrases of one section, or none.</summary>
    public static IReadOnlyList<string> Section(this IReadOnlyDictionary<string, IReadOnlyList<string>> sections, string name) =>
        sections.TryGetValue(name, out var phrases) ? phrases : [];

    private static void Read(Assembly assembly, string resource, Dictionary<string, List<string>> sections)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        List<string>? current = null;
        while (reader.ReadLine() is { } line)
        {
            var text = line.Trim();
            if (text.Length == 0 || text.StartsWith('#'))
            {
                continue;
            }

            if (text.StartsWith('[') && text.EndsWith(']'))
            {
                var name = text[1..^1];
                if (!sections.TryGetValue(name, out current))
                {
                    current = [];
                    sections[name] = current;
                }

                continue;
            }

            if (current is null)
            {
                throw new InvalidDataException($"{resource}: phrase '{text}' before any [Section] header.");
            }

            current.Add(text.ToLowerInvariant());
        }
    }
}
