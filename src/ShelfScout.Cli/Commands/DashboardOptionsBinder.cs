using System.CommandLine;
using ShelfScout.Cli.Hosting;
using ShelfScout.Web.Hosting;

namespace ShelfScout.Cli.Commands;

/// <summary>The dashboard's options shared by <c>serve</c> and <c>demo --serve</c>: where to listen and the access token.</summary>
internal sealed class DashboardOptionsBinder
{
    public const string TokenVariable = "SHELFSCOUT_TOKEN";

    public Option<string> Listen { get; } = new("--listen")
    {
        Description = $"Address and port of the dashboard (loopback by default; any other address needs --token or {TokenVariable}).",
        DefaultValueFactory = _ => ListenAddress.Default,
    };

    public Option<string?> Token { get; } = new("--token")
    {
        Description = $"Access token every request must carry (Authorization: Bearer, or ?token= once in a browser); default ${TokenVariable}.",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Listen);
        command.Options.Add(Token);
    }

    /// <summary>Reads and checks the options: a malformed address, or a non-loopback one without a token, is a usage error.</summary>
    public DashboardOptions Read(ParseResult result)
    {
        if (!ListenAddress.TryParse(result.GetValue(Listen), out var listen, out var error))
        {
            throw new CliException(error!);
        }

        var token = result.GetValue(Token) ?? Environment.GetEnvironmentVariable(TokenVariable);
        token = string.IsNullOrWhiteSpace(token) ? null : token.Trim();
        if (!listen!.IsLoopback && token is null)
        {
            throw new CliException($"--listen {listen} is not a loopback address: give --token TOKEN or set {TokenVariable}, so that only people with the token can read the dashboard");
        }

        return new DashboardOptions { Listen = listen, Token = token };
    }
}
