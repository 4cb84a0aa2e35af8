using ShelfScout.Domain.Runs;
using ShelfScout.Orchestration;
using Spectre.Console;

namespace ShelfScout.Cli.Rendering;

/// <summary>Live progress of a run: one bar per enabled stage with what it is doing, items done and errors.</summary>
internal static class RunProgress
{
    /// <summary>Columns of a bar line that are not the activity: stage name, done and error counts, bar, percentage, clock and gaps.</summary>
    private const int FixedColumns = 11 + 20 + BarWidth + 5 + 9 + 4;

    private const int BarWidth = 16;

    private const int MinActivityWidth = 8;

    private const int MaxActivityWidth = 40;

    public static async Task<RunSummary> ShowAsync(
        IAnsiConsole console,
        RunRequest request,
        Func<IProgress<AgentProgress>, CancellationToken, Task<RunSummary>> run,
        CancellationToken cancellationToken)
    {
        RunSummary? summary = null;
        await console.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn { Width = BarWidth }, new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async ctx =>
            {
                // What a stage is doing is cut to what the width leaves, so the bar keeps its size at 80 columns.
                var activityWidth = Math.Clamp(console.Profile.Width - FixedColumns, MinActivityWidth, MaxActivityWidth);
                var reporter = new StageBars(ctx, request, activityWidth);
                summary = await run(reporter, cancellationToken).ConfigureAwait(false);
                reporter.CompleteAll();
            }).ConfigureAwait(false);
        return summary!;
    }

    private sealed class StageBars : IProgress<AgentProgress>
    {
        private readonly Dictionary<Stage, ProgressTask> _bars = [];
        private readonly Lock _gate = new();
        private readonly int _activityWidth;

        public StageBars(ProgressContext context, RunRequest request, int activityWidth)
        {
            _activityWidth = activityWidth;
            foreach (var (stage, enabled) in new[] { (Stage.Categories, request.Categories), (Stage.Products, request.Products), (Stage.Prices, request.Prices), (Stage.Reviews, request.Reviews) })
            {
                if (enabled)
                {
                    var task = context.AddTask(Label(stage, "waiting", 0, 0), autoStart: false, maxValue: 1);
                    task.IsIndeterminate = true;
                    _bars[stage] = task;
                }
            }
        }

        public void Report(AgentProgress value)
        {
            lock (_gate)
            {
                if (!_bars.TryGetValue(value.Stage, out var bar))
                {
                    return;
                }

                if (bar.IsFinished)
                {
                    return;
                }

                if (!bar.IsStarted)
                {
                    bar.StartTask();
                }

                if (value.Total is { } total && total > 0)
                {
                    bar.IsIndeterminate = false;
                    bar.MaxValue = total;
                    bar.Value = Math.Min(value.Done, total);
                }

                bar.Description = Label(value.Stage, value.Activity, value.Done, value.Errors);
                if (Enum.TryParse<StageStatus>(value.Activity, out _))
                {
                    // The stage reported its final status: fill the bar and stop its clock.
                    bar.IsIndeterminate = false;
                    bar.Value = bar.MaxValue;
                    bar.StopTask();
                }
            }
        }

        public void CompleteAll()
        {
            lock (_gate)
            {
                foreach (var bar in _bars.Values)
                {
                    bar.IsIndeterminate = false;
                    bar.Value = bar.MaxValue;
                    bar.StopTask();
                }
            }
        }

        private string Label(Stage stage, string activity, int done, int errors)
        {
            var text = TextWrap.Truncate(activity.ReplaceLineEndings(" "), _activityWidth);
            var errorText = errors > 0 ? $" [red]{errors} errors[/]" : string.Empty;
            return $"[bold]{stage,-10}[/] {Markup.Escape(text)}{new string(' ', _activityWidth - TextWrap.Width(text))} [grey]{done} done[/]{errorText}";
        }
    }
}
