using System.Text.Json.Serialization;

namespace ShelfScout.Storage.Sqlite;

/// <summary>Source-generated JSON for the lists stored as JSON text (product images, exported category paths).</summary>
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(List<string>))]
internal sealed partial class StorageJsonContext : JsonSerializerContext;
