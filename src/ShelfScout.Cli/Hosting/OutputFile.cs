namespace ShelfScout.Cli.Hosting;

/// <summary>Opens a <c>-o</c> target with one clear line for the usual mistakes (a folder, a missing folder, no permission).</summary>
internal static class OutputFile
{
    /// <summary>Fails early, before any database is opened, when <paramref name="path"/> can never be written.</summary>
    public static void Check(string path, string option)
    {
        if (Directory.Exists(path))
        {
            throw new CliException($"{option} '{path}' is a folder; give a file name", ExitCodes.Output);
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new CliException($"{option} '{path}': folder '{folder}' does not exist", ExitCodes.Output);
        }
    }

    public static StreamWriter Open(string path, string option)
    {
        Check(path, option);
        try
        {
            return new StreamWriter(path, append: false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot write {option} '{path}': {Reason(ex)}", ExitCodes.Output);
        }
    }

    private static string Reason(Exception ex) => ex is UnauthorizedAccessException ? "permission denied" : ex.Message;
}
