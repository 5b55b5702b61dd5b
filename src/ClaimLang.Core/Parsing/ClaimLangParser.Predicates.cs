using Antlr4.Runtime;
using ClaimLang.Parsing.Lexing;

namespace ClaimLang.Parsing.Generated;

// The grammar's one semantic predicate: when does a line inside braces end a block whose '}'
// was forgotten? Keywords are attribute names there (`unit USD`), so a line can look like a
// declaration or a claim and still be attributes. The rule is sound for valid input: the block
// ends early only where the tokens ahead cannot be read as attributes up to a '}', and the line
// starts like a member (a claim label, or a declaration keyword first on its line and a name).
internal partial class ClaimLangParser
{
    // How far to look for the '}' before giving the attribute reading the benefit of the doubt.
    private const int AttributeLookahead = 1000;

    /// <summary>All tokens of the file, trivia included, which the parser's own input leaves out or may not hold.</summary>
    public required LexedTokens Lexed { get; init; }

    private bool StartsMemberInsideBlock()
    {
        var input = (ITokenStream)InputStream;
        IToken first = input.LT(1);
        bool memberLike = first.Type == LABEL
            || (first.Type is SOURCE or PERSON or ENTITY or METRIC or UNIT && input.LA(2) == IDENTIFIER && IsFirstOnLine(first));
        return memberLike && !AttributesReachCloseBrace(input);
    }

    // Runs the attribute grammar (name value [scale])* '}' over the tokens ahead.
    private static bool AttributesReachCloseBrace(ITokenStream input)
    {
        bool expectValue = false;
        bool afterNumber = false;
        for (int k = 1; k <= AttributeLookahead; k++)
        {
            int type = input.LA(k);
            if (expectValue)
            {
                if (type is not (STRING or DATE or IDENTIFIER or PERCENT or NUMBER) && !IsKeyword(type)) return false;
                expectValue = false;
                afterNumber = type == NUMBER;
                continue;
            }
            if (type == CLOSE_BRACE) return true;
            if (afterNumber && type is THOUSAND or MILLION or BILLION or TRILLION)
            {
                afterNumber = false;
                continue;
            }
            if (type != IDENTIFIER && !IsKeyword(type)) return false;
            expectValue = true;
            afterNumber = false;
        }
        return true;
    }

    // Any keyword may stand as an attribute's name or value.
    private static bool IsKeyword(int type) =>
        type is SOURCE or PERSON or ENTITY or METRIC or UNIT or SAYS or QUOTING or AS or OF
            or NOTE or CITE or STATUS or THOUSAND or MILLION or BILLION or TRILLION;

    private bool IsFirstOnLine(IToken token)
    {
        for (int i = token.TokenIndex - 1; i >= 0; i--)
        {
            if (Lexed.TypeOf(i) == END_OF_LINE) return true;
            if (Lexed.IsSignificant(i)) return false;
        }
        return true;
    }
}
