using Antlr4.Runtime;

namespace ClaimLang.Parsing;

/// <summary>Where a <see cref="SignificantTokenStream{TObjects}"/> gets the token object at a position among the default-channel tokens.</summary>
internal interface ITokenObjects
{
    /// <summary>The token at the <paramref name="position"/>-th default-channel position of the file.</summary>
    IToken Get(int position);

    /// <summary>The source that error recovery makes its conjured tokens with; null where no recovery runs.</summary>
    ITokenSource? Source { get; }
}
