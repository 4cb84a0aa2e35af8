namespace ShelfScout.Scheduling.Config;

/// <summary>A watch config that cannot be used: the message is one line naming the file, the retailer and the field.</summary>
public sealed class ConfigException : Exception
{
    public ConfigException()
    {
    }

    public ConfigException(string message)
        : base(message)
    {
    }

    public ConfigException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
