using ShelfScout.Domain.Catalog;

namespace ShelfScout.Extraction.StructuredData;

/// <summary>
/// Runs each evidence reader of one page on its own: a reader that throws loses only its own evidence for that page,
/// the failure is recorded, and the other readers still decide.
/// </summary>
/// <remarks>
/// The catch is deliberately wide: real pages reach code paths no test has (malformed JSON, odd markup), and one
/// reader's bug must not cost a page its product. Cancellation and out-of-memory still propagate.
/// </remarks>
internal sealed class ReaderIsolation
{
    private readonly List<ReaderFailure> _failures = [];

    public IReadOnlyList<ReaderFailure> Failures => _failures;

    public void Run(string reader, Action read)
    {
        try
        {
            read();
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or OutOfMemoryException))
        {
            Record(reader, ex);
        }
    }

    public T Run<T>(string reader, Func<T> read, T fallback)
    {
        try
        {
            return read();
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or OutOfMemoryException))
        {
            Record(reader, ex);
            return fallback;
        }
    }

    private void Record(string reader, Exception ex)
    {
        // A type initializer's failure says nothing by itself: name the cause it wraps.
        var cause = ex;
        while (cause is TypeInitializationException { InnerException: { } inner })
        {
            cause = inner;
        }

        _failures.Add(new ReaderFailure(reader, cause.GetType().Name + ": " + cause.Message));
    }
}
