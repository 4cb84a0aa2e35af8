namespace ShelfScout.Storage.Sqlite.Migrations;

/// <summary>One schema step: applying <paramref name="Sql"/> to a database at version <c>Version - 1</c> brings it to <paramref name="Version"/>.</summary>
internal sealed record Migration(int Version, string Name, string Sql);
