using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace ShelfScout.Cluster.Tests;

/// <summary>
/// A <c>shelfscout-cluster silo</c> process joined to a test cluster through its PostgreSQL membership, so a test can
/// kill it as the operating system would (SIGKILL: no shutdown code runs, its leases stay as they were).
/// </summary>
internal sealed class SiloProcess : IDisposable
{
    private readonly Process _process;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _lines;

    private SiloProcess(Process process, System.Collections.Concurrent.ConcurrentQueue<string> lines) => (_process, _lines) = (process, lines);

    /// <summary>What the process wrote (stdout and stderr), for a failing test's message.</summary>
    public string Output => string.Join(Environment.NewLine, _lines);

    public int ProcessId => _process.Id;

    public static SiloProcess Start(string clusterId, string database, string orleansDatabase, TimeSpan frontierLease, int hostConcurrency)
    {
        var bin = Executable();
        var start = new ProcessStartInfo(bin)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
        {
            "silo", "--cluster-id", clusterId, "--db", database, "--orleans-db", orleansDatabase,
            "--silo-port", FreePort().ToString(CultureInfo.InvariantCulture), "--gateway-port", FreePort().ToString(CultureInfo.InvariantCulture),
            "--frontier-lease-s", ((int)frontierLease.TotalSeconds).ToString(CultureInfo.InvariantCulture),
            "--per-host-concurrency", hostConcurrency.ToString(CultureInfo.InvariantCulture), "--delay-ms", "0", "--slot-lease-s", "5",
        })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("shelfscout-cluster did not start.");
        var lines = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) => Keep(lines, e.Data);
        process.ErrorDataReceived += (_, e) => Keep(lines, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new SiloProcess(process, lines);
    }

    public bool HasExited => _process.HasExited;

    /// <summary>SIGKILL, then wait for the process to be gone.</summary>
    public void Kill()
    {
        _process.Kill();
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
    }

    /// <summary>The silo executable in its own build folder (beside its own dependencies), built with this test project's configuration.</summary>
    private static string Executable()
    {
        var testBin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testBin.Name;
        var configuration = testBin.Parent!.Name;
        var root = testBin;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "ShelfScout.slnx")))
        {
            root = root.Parent;
        }

        var name = OperatingSystem.IsWindows() ? "shelfscout-cluster.exe" : "shelfscout-cluster";
        return root is null
            ? throw new InvalidOperationException("The repository root (ShelfScout.slnx) is not above " + AppContext.BaseDirectory)
            : Path.Combine(root.FullName, "src", "ShelfScout.Cluster.Cli", "bin", configuration, framework, name);
    }

    private static void Keep(System.Collections.Concurrent.ConcurrentQueue<string> lines, string? line)
    {
        if (line is not null && lines.Count < 200)
        {
            lines.Enqueue(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
