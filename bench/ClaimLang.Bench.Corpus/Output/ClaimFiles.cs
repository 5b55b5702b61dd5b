using System.Globalization;
using ClaimLang.Bench.Corpus.Cast;

namespace ClaimLang.Bench.Corpus.Output;

/// <summary>
/// The .claim files of a corpus: decls.claim with the declarations and claims-NNNN.claim with
/// <see cref="CorpusOptions.PerFile"/> claims each; or, with <see cref="CorpusOptions.OneFile"/>,
/// corpus.claim with everything.
/// </summary>
internal sealed class ClaimFiles : IDisposable
{
    public const string DeclarationsFile = "decls.claim";
    public const string OneFile = "corpus.claim";

    private readonly CorpusOptions _options;
    private readonly List<string> _written = [];
    private StreamWriter? _current;

    public ClaimFiles(CorpusOptions options, CorpusCast cast)
    {
        _options = options;
        Directory.CreateDirectory(options.OutputFolder);
        _current = Open(options.OneFile ? OneFile : DeclarationsFile);
        _current.WriteLine($"// Benchmark corpus, written by claimlang-bench gen (seed {options.Seed.ToString(CultureInfo.InvariantCulture)})");
        _current.WriteLine();
        DeclarationWriter.Write(_current, cast);
        if (!options.OneFile) Close();
    }

    /// <summary>The files written so far, in order.</summary>
    public IReadOnlyList<string> Written => _written;

    /// <summary>Where claim <paramref name="number"/> (from 0) goes; <paramref name="opened"/> when it starts a new file.</summary>
    public TextWriter For(int number, out bool opened)
    {
        opened = false;
        if (_options.OneFile || number % _options.PerFile != 0) return _current!;
        Close();
        int file = number / _options.PerFile;
        _current = Open(string.Create(CultureInfo.InvariantCulture, $"claims-{file:0000}.claim"));
        int last = Math.Min(_options.Claims, number + _options.PerFile) - 1;
        _current.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// Benchmark corpus, written by claimlang-bench gen: claims {number}..{last}"));
        opened = true;
        return _current;
    }

    public void Dispose() => Close();

    private StreamWriter Open(string name)
    {
        string path = Path.Combine(_options.OutputFolder, name);
        _written.Add(path);
        return TextFiles.Create(path);
    }

    private void Close()
    {
        _current?.Dispose();
        _current = null;
    }
}
