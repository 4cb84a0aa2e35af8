using ShelfScout.Cli;
using ShelfScout.Cli.Hosting;

using var interrupt = new InterruptSignal();
return await CliApp.RunAsync(args, Console.Out, Console.Error, interrupt.Token).ConfigureAwait(false);
