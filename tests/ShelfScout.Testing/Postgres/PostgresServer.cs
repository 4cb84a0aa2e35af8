using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace ShelfScout.Testing.Postgres;

/// <summary>
/// A real PostgreSQL server for tests: a cluster made with <c>initdb</c> in a temporary folder, listening on loopback
/// on a free port (its unix socket in the same folder), started once per test process (<see cref="Shared"/>) and
/// stopped and deleted when the process ends. Durability is switched off: the cluster lives for one test run.
/// Under root the server runs as the unprivileged <c>postgres</c> user, because PostgreSQL refuses to run as root.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    /// <summary>The variable that names the folder of <c>initdb</c> and <c>pg_ctl</c> when they are not in a Debian folder.</summary>
    public const string BinVariable = "SHELFSCOUT_PG_BIN";

    private const string SuperUser = "shelfscout";
    private const string ServiceUser = "postgres";

    private static readonly Lazy<Task<PostgresServer>> SharedServer = new(() => StartAsync(CancellationToken.None));
    private static int _databases;

    private readonly string _bin;
    private readonly string _root;
    private readonly bool _asServiceUser;

    private PostgresServer(string bin, string root, bool asServiceUser, int port)
    {
        _bin = bin;
        _root = root;
        _asServiceUser = asServiceUser;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The server of this test process, started on first use and stopped when the process exits.</summary>
    public static Task<PostgresServer> Shared => SharedServer.Value;

    /// <summary>A keyword connection string to <paramref name="database"/> as the cluster's superuser.</summary>
    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = SuperUser, Database = database, Pooling = true }.ConnectionString;

    /// <summary>The same database as a <c>postgresql://</c> URL, as a user would give it to <c>--db</c>.</summary>
    public string Url(string database) => string.Create(CultureInfo.InvariantCulture, $"postgresql://{SuperUser}@127.0.0.1:{Port}/{database}");

    /// <summary>Creates a new database with a unique name (a copy of <paramref name="template"/>, empty by default) and returns its name.</summary>
    public async Task<string> CreateDatabaseAsync(CancellationToken cancellationToken = default, string template = "template0")
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"t{Environment.ProcessId}_{Interlocked.Increment(ref _databases)}");
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name} TEMPLATE {template};", connection);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return name;
    }

    /// <summary>Drops a database made by <see cref="CreateDatabaseAsync"/>, closing its pooled connections first.</summary>
    public async Task DropDatabaseAsync(string name, CancellationToken cancellationToken = default)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE);", connection);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public static async Task<PostgresServer> StartAsync(CancellationToken cancellationToken)
    {
        var bin = FindBin();
        var parent = Path.Combine(Path.GetTempPath(), "shelfscout-pg");
        RemoveStopped(parent);
        var root = Path.Combine(parent, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        var asServiceUser = !OperatingSystem.IsWindows() && Environment.UserName == "root";
        if (asServiceUser && !OperatingSystem.IsWindows())
        {
            // initdb makes data/ itself (mode 0700, owned by the service user); it only needs to write here.
            File.SetUnixFileMode(root, (UnixFileMode)0b111_111_111);
            File.SetUnixFileMode(Path.GetDirectoryName(root)!, (UnixFileMode)0b111_111_111 | UnixFileMode.StickyBit);
        }

        var port = FreePort();
        var server = new PostgresServer(bin, root, asServiceUser, port);
        try
        {
            await server.RunAsync("initdb", ["-D", server.Data, "-U", SuperUser, "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync"], cancellationToken).ConfigureAwait(false);
            var options = string.Create(
                CultureInfo.InvariantCulture,
                $"-h 127.0.0.1 -p {port} -k {root} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200");
            // -w: pg_ctl returns once the server accepts connections.
            await server.RunAsync("pg_ctl", ["start", "-w", "-t", "60", "-D", server.Data, "-l", Path.Combine(root, "server.log"), "-o", options], cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop();
        return server;
    }

    public ValueTask DisposeAsync()
    {
        Stop();
        return ValueTask.CompletedTask;
    }

    /// <summary>Stops the shared server if it was started (an xunit collection fixture calls this when its tests are done).</summary>
    public static async Task StopSharedAsync()
    {
        if (SharedServer.IsValueCreated)
        {
            await (await SharedServer.Value.ConfigureAwait(false)).DisposeAsync().ConfigureAwait(false);
        }
    }

    private string Data => Path.Combine(_root, "data");

    private void Stop()
    {
        if (!Directory.Exists(_root))
        {
            return;
        }

        if (File.Exists(Path.Combine(Data, "postmaster.pid")))
        {
            // Synchronous on purpose: this also runs from ProcessExit, where nothing may be awaited.
            using var process = Process.Start(StartInfo("pg_ctl", ["stop", "-w", "-m", "immediate", "-D", Data]));
            process?.WaitForExit();
        }

        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // The temp cleaner gets it later.
        }
    }

    private async Task RunAsync(string tool, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        using var process = Process.Start(StartInfo(tool, arguments)) ?? throw new InvalidOperationException($"cannot start {tool}");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            var log = Path.Combine(_root, "server.log");
            var serverLog = File.Exists(log) ? await File.ReadAllTextAsync(log, cancellationToken).ConfigureAwait(false) : string.Empty;
            throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {await error.ConfigureAwait(false)} {await output.ConfigureAwait(false)} {serverLog}");
        }
    }

    private ProcessStartInfo StartInfo(string tool, IReadOnlyList<string> arguments)
    {
        var info = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (_asServiceUser)
        {
            info.FileName = "runuser";
            info.ArgumentList.Add("-u");
            info.ArgumentList.Add(ServiceUser);
            info.ArgumentList.Add("--");
        }
        else
        {
            info.FileName = Path.Combine(_bin, tool);
        }

        if (_asServiceUser)
        {
            info.ArgumentList.Add(Path.Combine(_bin, tool));
        }

        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        return info;
    }

    /// <summary>Deletes clusters left by test processes that were killed before they could stop theirs (no server runs on them).</summary>
    private static void RemoveStopped(string parent)
    {
        if (!Directory.Exists(parent))
        {
            return;
        }

        foreach (var cluster in Directory.GetDirectories(parent))
        {
            if (!File.Exists(Path.Combine(cluster, "data", "postmaster.pid")))
            {
                try
                {
                    Directory.Delete(cluster, recursive: true);
                }
                catch (IOException)
                {
                    // Another test process is creating it right now.
                }
            }
        }
    }

    private static string FindBin()
    {
        if (Environment.GetEnvironmentVariable(BinVariable) is { Length: > 0 } configured)
        {
            return configured;
        }

        const string debian = "/usr/lib/postgresql";
        var found = Directory.Exists(debian)
            ? Directory.GetDirectories(debian)
                .Select(version => Path.Combine(version, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "initdb")))
                .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0)
                .FirstOrDefault()
            : null;
        return found ?? throw new InvalidOperationException(
            $"PostgreSQL server binaries not found under {debian}/*/bin; run tools/install-postgres.sh or set {BinVariable}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
