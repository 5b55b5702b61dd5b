using ClaimLang.Parsing.Lexing;

namespace ClaimLang.Parsing;

/// <summary>
/// The token objects of one fast-path parse, kept for the next file: a file has about a dozen
/// default-channel tokens per claim, and making a fresh object for each was over a million
/// allocations per 100,000 claims. A set serves one parse at a time, from <see cref="Rent"/>
/// until <see cref="Return"/> once the file's tree is built (the parser's contexts hold the
/// tokens until then); each thread keeps one spare set. A returned set holds no file.
/// </summary>
internal sealed class LightTokenSet
{
    [ThreadStatic]
    private static LightTokenSet? t_spare;

    private LightToken?[] _tokens = [];
    private LexedTokens? _file;
    private int _generation;

    /// <summary>The file being parsed with this set.</summary>
    public LexedTokens File => _file ?? throw new InvalidOperationException("A token of a returned set was read.");

    public static LightTokenSet Rent(LexedTokens file)
    {
        LightTokenSet set = t_spare ?? new LightTokenSet();
        t_spare = null;
        set._file = file;
        set._generation++;
        if (set._tokens.Length < file.SignificantCount) Array.Resize(ref set._tokens, file.SignificantCount);
        return set;
    }

    /// <summary>Hands the set on to the next parse on this thread; its tokens must not be read any more.</summary>
    public void Return()
    {
        _file = null;
        t_spare = this;
    }

    /// <summary>The token of the <paramref name="position"/>-th default-channel token of the file.</summary>
    public LightToken Get(int position)
    {
        LightToken token = _tokens[position] ??= new LightToken(this);
        // Tokens from an earlier file are pointed at this file's entry on first look.
        if (token.Generation != _generation) token.Show(File.SignificantAt(position), _generation);
        return token;
    }
}
