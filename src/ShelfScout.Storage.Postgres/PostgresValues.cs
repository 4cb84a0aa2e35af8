using Npgsql;
using NpgsqlTypes;

namespace ShelfScout.Storage.Postgres;

/// <summary>
/// The one place values cross into and out of PostgreSQL: every parameter is typed (a null still has a type), money is
/// numeric (exact), times are timestamptz written in UTC (as Npgsql requires) and read back as UTC offsets.
/// </summary>
internal static class PostgresValues
{
    public static NpgsqlCommand Bind(this NpgsqlCommand command, string name, string? value) => Add(command, name, value, NpgsqlDbType.Text);

    public static NpgsqlCommand Bind(this NpgsqlCommand command, string name, long? value) => Add(command, name, value, NpgsqlDbType.Bigint);

    public static NpgsqlCommand Bind(this NpgsqlCommand command, string name, int? value) => Add(command, name, value, NpgsqlDbType.Integer);

    public static NpgsqlCommand Bind(this NpgsqlCommand command, string name, decimal? value) => Add(command, name, value, NpgsqlDbType.Numeric);

    public static NpgsqlCommand Bind(this NpgsqlCommand command, string name, bool value) => Add(command, name, value, NpgsqlDbType.Boolean);

    public static NpgsqlCommand Bind(this NpgsqlCommand command, string name, DateOnly? value) => Add(command, name, value, NpgsqlDbType.Date);

    public static NpgsqlCommand Bind(this NpgsqlCommand command, string name, DateTimeOffset? value) =>
        Add(command, name, value?.ToUniversalTime(), NpgsqlDbType.TimestampTz);

    public static string? GetStringOrNull(this NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static decimal? GetMoneyOrNull(this NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetDecimal(ordinal);

    public static int? GetInt32OrNull(this NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);

    public static long? GetInt64OrNull(this NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);

    public static DateTimeOffset GetTime(this NpgsqlDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);

    public static DateTimeOffset? GetTimeOrNull(this NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateTimeOffset>(ordinal);

    public static DateOnly? GetDateOrNull(this NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateOnly>(ordinal);

    private static NpgsqlCommand Add(NpgsqlCommand command, string name, object? value, NpgsqlDbType type)
    {
        command.Parameters.Add(new NpgsqlParameter(name, type) { Value = value ?? DBNull.Value });
        return command;
    }
}
