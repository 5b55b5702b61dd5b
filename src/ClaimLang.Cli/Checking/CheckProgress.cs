using System.Diagnostics;

namespace ClaimLang.Cli.Checking;

/// <summary>
/// One status line on standard error while a long check runs ("parsing 120/201 files"), for a
/// person at a terminal: redrawn in place, at most every tenth of a second, first shown only
/// once the check has taken <see cref="DefaultDelay"/> (a quick check prints nothing), and
/// erased before the report is written. Safe to call from the threads that parse files.
/// </summary>
internal sealed class CheckProgress : ClaimLang.Compilation.IProjectLoadProgress
{
    public static readonly TimeSpan DefaultDelay = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan RedrawInterval = TimeSpan.FromMilliseconds(100);

    private readonly TextWriter _terminal;
    private readonly TimeSpan _delay;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _gate = new();
    private TimeSpan _lastDrawn;
    private int _drawnLength;
    private int _filesDone;
    private int _fileCount;

    /// <param name="terminal">Standard error, when it is a terminal.</param>
    /// <param name="delay">How long a check runs before the line appears (zero in tests).</param>
    public CheckProgress(TextWriter terminal, TimeSpan delay)
    {
        _terminal = terminal;
        _delay = delay;
    }

    public void StartReading(int fileCount)
    {
        _fileCount = fileCount;
        Show($"parsing 0/{fileCount} files", force: false);
    }

    public void FileRead()
    {
        int done = Interlocked.Increment(ref _filesDone);
        Show($"parsing {done}/{_fileCount} files", force: done == _fileCount);
    }

    /// <summary>A stage that has no count: binding, checking values, consistency.</summary>
    public void Stage(string what) => Show(what, force: true);

    /// <summary>Erases the line, so the report starts on a clean line.</summary>
    public void Finish()
    {
        lock (_gate)
        {
            if (_drawnLength == 0) return;
            _terminal.Write('\r' + new string(' ', _drawnLength) + '\r');
            _terminal.Flush();
            _drawnLength = 0;
        }
    }

    private void Show(string status, bool force)
    {
        TimeSpan now = _clock.Elapsed;
        if (now < _delay) return;
        lock (_gate)
        {
            if (!force && _drawnLength > 0 && now - _lastDrawn < RedrawInterval) return;
            string line = $"claimc: {status}";
            // Pad over a longer line drawn before, then return to the line's start.
            _terminal.Write('\r' + line.PadRight(_drawnLength));
            _terminal.Flush();
            _drawnLength = Math.Max(_drawnLength, line.Length);
            _lastDrawn = now;
        }
    }
}
