using ShelfScout.Cli;

return await CliApp.RunAsync(args).ConfigureAwait(false);
