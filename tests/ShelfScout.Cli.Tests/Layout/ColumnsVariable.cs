namespace ShelfScout.Cli.Tests.Layout;

/// <summary>
/// Tests that set the process-wide <c>COLUMNS</c> variable, as a shell does for a terminal of that width. They run
/// alone (no other test runs meanwhile), so no other command line sees the changed width.
/// </summary>
[CollectionDefinition(nameof(ColumnsVariable), DisableParallelization = true)]
public sealed class ColumnsVariable
{
    /// <summary>Sets <c>COLUMNS</c> until disposed, then puts back what was there.</summary>
    public static IDisposable Set(int columns) => new Scope(columns);

    private sealed class Scope : IDisposable
    {
        private readonly string? _before = Environment.GetEnvironmentVariable("COLUMNS");

        public Scope(int columns) => Environment.SetEnvironmentVariable("COLUMNS", columns.ToString(System.Globalization.CultureInfo.InvariantCulture));

        public void Dispose() => Environment.SetEnvironmentVariable("COLUMNS", _before);
    }
}
