using System.CommandLine;

namespace ShelfScout.Cli.Hosting;

/// <summary>Turns System.CommandLine's parse errors into the one line the CLI promises: what is wrong, then where to look.</summary>
internal static class UsageError
{
    public static string Describe(ParseResult parse, RootCommand root)
    {
        var command = parse.CommandResult.Command;
        var path = command == root ? "shelfscout" : "shelfscout " + command.Name;
        return $"shelfscout: error: {What(parse, root, command, path)}; see '{path} --help'";
    }

    private static string What(ParseResult parse, RootCommand root, Command command, string path)
    {
        if (parse.UnmatchedTokens.Count > 0)
        {
            var token = parse.UnmatchedTokens[0];
            if (command == root && !token.StartsWith('-'))
            {
                return $"unknown command '{token}'{Suggest(token, root.Subcommands.Select(c => c.Name))}";
            }

            if (token.StartsWith('-'))
            {
                var options = command.Options.Concat(root.Options.Where(o => o.Recursive)).SelectMany(o => o.Aliases.Prepend(o.Name));
                return $"unknown option '{token}' for '{path}'{Suggest(token, options)}";
            }

            return $"unexpected argument '{token}' for '{path}'";
        }

        if (command == root && parse.Errors.Count > 0 && root.Subcommands.Count > 0 && !parse.Tokens.Any())
        {
            return "a command is required: " + string.Join(", ", root.Subcommands.Select(c => c.Name));
        }

        // The library's "Required argument missing for command: 'history'" does not say which argument.
        if (command.Arguments.FirstOrDefault(a => a.Arity.MinimumNumberOfValues > 0 && parse.GetResult(a) is not { Tokens.Count: > 0 }) is { } missing)
        {
            return $"'<{missing.Name}>' is required";
        }

        return Sentence(parse.Errors[0].Message);
    }

    private static string Suggest(string token, IEnumerable<string> known) =>
        ClosestName.Find(token, known) is { } near ? $" (did you mean '{near}'?)" : string.Empty;

    /// <summary>"Option '--url' is required." becomes "option '--url' is required", to sit inside our line.</summary>
    private static string Sentence(string message)
    {
        var text = string.Join(' ', message.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.');
        return text.Length > 1 && char.IsUpper(text[0]) && char.IsLower(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
    }
}
