using System.Text.Json.Serialization;

namespace ShelfScout.Orchestration;

/// <summary>Source-generated JSON for run settings stored with each run.</summary>
[JsonSourceGenerationOptions(WriteIndented = false, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(RunRequest))]
internal sealed partial class OrchestrationJson : JsonSerializerContext;
