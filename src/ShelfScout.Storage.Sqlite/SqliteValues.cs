using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ShelfScout.Storage.Sqlite;

/// <summary>
/// The one place values cross into and out of SQLite: money as invariant decimal text (exact, never REAL),
/// times as ISO-8601 UTC text with a fixed width so text order is time order.
/// </summary>
internal static class SqliteValues
{
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";
    private const string DateFormat = "yyyy-MM-dd";

    public static string Time(DateTimeOffset value) =>
        value.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseTime(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static string Money(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static decimal ParseMoney(string text) =>
        decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

    public static string Date(DateOnly value) => value.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static DateOnly ParseDate(string text) => DateOnly.ParseExact(text, DateFormat, CultureInfo.InvariantCulture);

    /// <summary>Adds a parameter, converting CLR values to the stored representation (null becomes SQL NULL).</summary>
    public static SqliteCommand Bind(this SqliteCommand command, string name, object? value)
    {
        object stored = value switch
        {
            null => DBNull.Value,
            decimal money => Money(money),
            DateTimeOffset time => Time(time),
            DateOnly date => Date(date),
            bool flag => flag ? 1 : 0,
            _ => value,
        };
        command.Parameters.AddWithValue(name, stored);
        return command;
    }

    public static string? GetStringOrNull(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static decimal? GetMoneyOrNull(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : ParseMoney(reader.GetString(ordinal));

    public static int? GetInt32OrNull(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);

    public static long? GetInt64OrNull(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);

    public static DateTimeOffset GetTime(this SqliteDataReader reader, int ordinal) => ParseTime(reader.GetString(ordinal));

    public static DateTimeOffset? GetTimeOrNull(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) || reader.GetString(ordinal).Length == 0 ? null : ParseTime(reader.GetString(ordinal));

    public static DateOnly? GetDateOrNull(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : ParseDate(reader.GetString(ordinal));
}
