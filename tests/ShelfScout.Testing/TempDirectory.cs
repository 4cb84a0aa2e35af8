namespace ShelfScout.Testing;

/// <summary>A fresh directory under the system temp folder, deleted with everything in it on dispose (SQLite files, exports).</summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "shelfscout-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>A path for a file inside the directory (the file is not created).</summary>
    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>A path for a new SQLite database file inside the directory.</summary>
    public string DatabasePath(string name = "shelfscout.db") => File(name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A connection pool may still hold the database open; the OS temp cleaner gets it later.
        }
        catch (UnauthorizedAccessException)
        {
            // Same as above on platforms that lock open files.
        }
    }
}
