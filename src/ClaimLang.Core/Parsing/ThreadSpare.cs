namespace ClaimLang.Parsing;

/// <summary>
/// One spare <typeparamref name="T"/> per thread, for the buffers a parse needs from its start
/// to its end and the next file's parse on the same thread can reuse. The spare is held weakly:
/// between the files of a parse pass it is at hand, but once the pass is over its megabytes go
/// with the next full collection instead of staying for the rest of the run on every thread
/// that parsed.
/// </summary>
internal static class ThreadSpare<T> where T : class
{
    [ThreadStatic]
    private static WeakReference<T?>? t_spare;

    /// <summary>This thread's spare, which is then no longer the spare; null when there is none.</summary>
    public static T? Take()
    {
        if (t_spare is not { } spare || !spare.TryGetTarget(out T? value)) return null;
        spare.SetTarget(null);
        return value;
    }

    /// <summary>Makes <paramref name="value"/> this thread's spare; its holder must not use it any more.</summary>
    public static void Put(T value)
    {
        if (t_spare is { } spare) spare.SetTarget(value);
        else t_spare = new WeakReference<T?>(value);
    }
}
