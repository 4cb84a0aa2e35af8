using System.Text.Json.Serialization;
using ShelfScout.Cluster.Contracts;

namespace ShelfScout.Cluster.Cli;

[JsonSourceGenerationOptions(WriteIndented = false, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(ClusterRunStatus))]
[JsonSerializable(typeof(ClusterScheduleStatus))]
internal sealed partial class ClusterCliJson : JsonSerializerContext;
