using Antlr4.Runtime;

namespace ClaimLang.Parsing;

/// <summary>
/// The recovering parse's token objects: one <see cref="ReplayedToken"/> per default-channel
/// token, made when first asked for and kept, since error recovery may look back and forth.
/// </summary>
internal readonly struct ReplayedTokenObjects(ReplayTokenSource source) : ITokenObjects
{
    private readonly ReplayedToken?[] _made = new ReplayedToken?[source.Tokens.SignificantCount];

    public IToken Get(int position) => _made[position] ??= source.TokenAt(source.Tokens.SignificantAt(position));

    public ITokenSource? Source => source;
}
