namespace ShelfScout.Web.Hosting;

/// <summary>The dashboard cannot start with these options (a non-loopback address without a token); the message is one line for the user.</summary>
public sealed class DashboardConfigurationException(string message) : Exception(message);
