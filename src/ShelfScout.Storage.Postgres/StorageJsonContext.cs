using System.Text.Json.Serialization;

namespace ShelfScout.Storage.Postgres;

/// <summary>Source-generated JSON for the lists stored as JSON text (product images, variant options).</summary>
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(List<string>))]
internal sealed partial class StorageJsonContext : JsonSerializerContext;
