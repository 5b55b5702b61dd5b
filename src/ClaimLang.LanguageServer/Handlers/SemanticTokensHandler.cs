using ClaimLang.Editing;
using ClaimLang.LanguageServer.Protocol;
using ClaimLang.Text;

namespace ClaimLang.LanguageServer.Handlers;

/// <summary>
/// Semantic tokens: each name coloured by what it resolves to (a source, person, entity, metric
/// or unit), numbers, dates, keywords and comments. Token types are the protocol's standard
/// ones, so every client's theme colours them without configuration.
/// </summary>
internal static class SemanticTokensHandler
{
    private static readonly (SemanticClass Class, string Type)[] Types =
    [
        (SemanticClass.Keyword, "keyword"),
        (SemanticClass.Source, "namespace"),
        (SemanticClass.Person, "class"),
        (SemanticClass.Entity, "struct"),
        (SemanticClass.Metric, "enum"),
        (SemanticClass.Unit, "type"),
        (SemanticClass.Number, "number"),
        (SemanticClass.Date, "number"),
        (SemanticClass.String, "string"),
        (SemanticClass.Comment, "comment"),
        (SemanticClass.Label, "decorator"),
        (SemanticClass.Attribute, "property"),
        (SemanticClass.AttributeValue, "enumMember"),
        (SemanticClass.Operator, "operator"),
        (SemanticClass.UnresolvedName, "variable"),
    ];

    private static readonly string[] TypeNames = [.. Types.Select(t => t.Type).Distinct()];

    private static readonly Dictionary<SemanticClass, int> TypeIndex =
        Types.ToDictionary(t => t.Class, t => Array.IndexOf(TypeNames, t.Type));

    /// <summary>Bit 0 of a token's modifiers: the name is declared here.</summary>
    public static SemanticTokensLegend Legend { get; } = new(TypeNames, ["declaration"]);

    public static SemanticTokens Tokens(DocumentRequest request, TextSpan range)
    {
        SourceText text = request.Document.Tree.Text;
        var data = new List<int>();
        int previousLine = 0, previousCharacter = 0;
        foreach (ClassifiedSpan span in SemanticClassifier.Classify(request.Model, range))
        {
            LinePosition start = text.GetLinePosition(span.Span.Start);
            data.Add(start.Line - previousLine);
            data.Add(start.Line == previousLine ? start.Character - previousCharacter : start.Character);
            data.Add(span.Span.Length);
            data.Add(TypeIndex[span.Class]);
            data.Add(span.IsDeclaration ? 1 : 0);
            previousLine = start.Line;
            previousCharacter = start.Character;
        }
        return new SemanticTokens([.. data]);
    }
}
