using Microsoft.Data.Sqlite;

namespace ShelfScout.Storage.Sqlite.Integrity;

/// <summary>Runs <c>PRAGMA quick_check</c> or <c>integrity_check</c>; a damaged page that stops the check is one more problem.</summary>
internal static class IntegrityCheck
{
    /// <summary>The problems found, empty when the database is ok.</summary>
    public static IReadOnlyList<string> Run(SqliteConnection connection, bool full, int maxProblems)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {(full ? "integrity_check" : "quick_check")}({maxProblems});";
        var problems = new List<string>();
        try
        {
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var line = reader.IsDBNull(0) ? string.Empty : reader.GetString(0);
                if (!string.Equals(line, "ok", StringComparison.Ordinal))
                {
                    problems.Add(line.ReplaceLineEndings(" "));
                }
            }
        }
        catch (SqliteException exception) when (exception.SqliteErrorCode == SqliteErrors.Corrupt)
        {
            problems.Add("database disk image is malformed");
        }

        return problems;
    }
}
