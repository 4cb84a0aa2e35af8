using System.Diagnostics;

namespace ShelfScout.Cli.Tests;

/// <summary>Runs the real <c>shelfscout</c> executable (built next to the tests) as a separate process: only for what needs one (signals).</summary>
internal static class CliProcess
{
    public sealed record Result(int ExitCode, string StdOut, string StdErr);

    /// <summary>Starts shelfscout, waits for a stdout line containing <paramref name="waitFor"/>, sends <paramref name="signal"/> (e.g. TERM, INT) and waits for the exit.</summary>
    public static async Task<Result> RunAndSignalAsync(string signal, string waitFor, params string[] args)
    {
        using var process = Process.Start(StartInfo(args)) ?? throw new InvalidOperationException("could not start shelfscout");
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        var stdout = new System.Text.StringBuilder();
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            stdout.AppendLine(line);
            if (line.Contains(waitFor, StringComparison.Ordinal))
            {
                break;
            }
        }

        using (var kill = Process.Start("kill", ["-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill!.WaitForExitAsync(timeout.Token);
        }

        stdout.Append(await process.StandardOutput.ReadToEndAsync(timeout.Token));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, stdout.ToString(), await stderr);
    }

    /// <summary>Starts shelfscout with its output thrown away (read asynchronously so the pipes never fill).</summary>
    public static Process Start(params string[] args)
    {
        var process = Process.Start(StartInfo(args)) ?? throw new InvalidOperationException("could not start shelfscout");
        process.OutputDataReceived += static (_, _) => { };
        process.ErrorDataReceived += static (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static ProcessStartInfo StartInfo(string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "shelfscout.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return start;
    }
}
