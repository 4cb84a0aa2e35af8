namespace ShelfScout.Storage;

/// <summary>The database cannot be opened or upgraded; <see cref="Exception.Message"/> is one line fit to show a person.</summary>
public sealed class StoreUnavailableException : Exception
{
    public StoreUnavailableException(string message)
        : base(message)
    {
    }

    public StoreUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Builds the standard message <c>cannot open database '{path}': {reason}</c>, flattened to one line.</summary>
    public static StoreUnavailableException ForPath(string databasePath, string reason, Exception? innerException = null)
    {
        var oneLine = string.Join(' ', reason.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var message = $"cannot open database '{databasePath}': {oneLine}";
        return innerException is null ? new StoreUnavailableException(message) : new StoreUnavailableException(message, innerException);
    }
}
