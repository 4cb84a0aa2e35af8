using System.CommandLine;
using System.Globalization;
using ShelfScout.Cli.Hosting;
using ShelfScout.Storage.Hosting;
using ShelfScout.Storage.Postgres;
using ShelfScout.Storage.Sqlite.Integrity;

namespace ShelfScout.Cli.Commands;

/// <summary><c>shelfscout db check|vacuum|backup PATH</c>: look after a database file without crawling.</summary>
internal static class DbCommand
{
    public static Command Create()
    {
        var command = new Command("db", "Check, compact or back up a ShelfScout database file.");
        command.Subcommands.Add(Check());
        command.Subcommands.Add(Vacuum());
        command.Subcommands.Add(Backup());
        return command;
    }

    private static Command Check()
    {
        var path = DatabaseArgument();
        var quick = new Option<bool>("--quick") { Description = "Run PRAGMA quick_check (faster, skips index cross-checks) instead of integrity_check." };
        var command = new Command("check", "Check the database for damage: prints ok (exit 0) or the problems found (exit 3). Never writes. On PostgreSQL: schema version, tables, invalid indexes and constraints (pg_amcheck checks pages).");
        command.Arguments.Add(path);
        command.Options.Add(quick);
        command.SetAction((result, cancellationToken) => CommandGuard.RunAsync(
            result,
            async ct =>
            {
                var database = result.GetValue(path)!;
                var location = DatabaseLocation.Parse(database);
                var problems = location.Kind == DatabaseKind.Postgres
                    ? await PostgresMaintenance.CheckAsync(location.Value, location.Display, ct).ConfigureAwait(false)
                    : SqliteMaintenance.Check(database, result.GetValue(quick));
                database = location.Display;
                var output = result.InvocationConfiguration.Output;
                if (problems.Count == 0)
                {
                    await output.WriteLineAsync("ok").ConfigureAwait(false);
                    return ExitCodes.Ok;
                }

                foreach (var problem in problems)
                {
                    await output.WriteLineAsync(problem).ConfigureAwait(false);
                }

                throw new CliException(
                    string.Create(CultureInfo.InvariantCulture, $"database '{database}' is damaged: {problems.Count} problem(s), listed on stdout"),
                    ExitCodes.Database);
            },
            cancellationToken));
        return command;
    }

    private static Command Vacuum()
    {
        var path = DatabaseArgument();
        var command = new Command("vacuum", "Rebuild the file without its free pages (refuses a damaged or foreign file).");
        command.Arguments.Add(path);
        command.SetAction((result, cancellationToken) => CommandGuard.RunAsync(
            result,
            async ct =>
            {
                var database = SqliteFileOnly(result.GetValue(path)!, "vacuum", "VACUUM in psql (autovacuum usually suffices)");
                var before = Size(database);
                SqliteMaintenance.Vacuum(database);
                await result.InvocationConfiguration.Output.WriteLineAsync(
                    string.Create(CultureInfo.InvariantCulture, $"vacuumed '{database}': {Kib(before)} KiB -> {Kib(Size(database))} KiB")).ConfigureAwait(false);
                return ExitCodes.Ok;
            },
            cancellationToken));
        return command;
    }

    private static Command Backup()
    {
        var path = DatabaseArgument();
        var destination = new Argument<string>("DEST") { Description = "The new file to write the copy to (must not exist)." };
        var command = new Command("backup", "Copy the database with SQLite's online backup API: consistent even while a run writes to it.");
        command.Arguments.Add(path);
        command.Arguments.Add(destination);
        command.SetAction((result, cancellationToken) => CommandGuard.RunAsync(
            result,
            async ct =>
            {
                var database = SqliteFileOnly(result.GetValue(path)!, "backup", "pg_dump --format=custom");
                var target = result.GetValue(destination)!;
                SqliteMaintenance.Backup(database, target);
                await result.InvocationConfiguration.Output.WriteLineAsync(
                    string.Create(CultureInfo.InvariantCulture, $"backed up '{database}' to '{target}' ({Kib(Size(target))} KiB)")).ConfigureAwait(false);
                return ExitCodes.Ok;
            },
            cancellationToken));
        return command;
    }

    /// <summary>
    /// <c>db vacuum</c> and <c>db backup</c> look after SQLite files; PostgreSQL has its own tools for those jobs, so a
    /// PostgreSQL database gets one line naming the tool to use instead (exit 2), never an SQLite file made from its URL.
    /// </summary>
    private static string SqliteFileOnly(string database, string command, string instead)
    {
        var location = DatabaseLocation.Parse(database);
        return location.Kind == DatabaseKind.Sqlite
            ? database
            : throw new CliException($"'db {command}' works on SQLite files only; for the PostgreSQL database '{location.Display}' use {instead}", ExitCodes.Usage);
    }

    private static Argument<string> DatabaseArgument() => new("PATH") { Description = "The SQLite database file." };

    private static long Size(string path) => new FileInfo(path).Length;

    private static long Kib(long bytes) => (bytes + 1023) / 1024;
}
