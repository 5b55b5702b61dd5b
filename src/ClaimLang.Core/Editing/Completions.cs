using System.Collections.Immutable;
using ClaimLang.Binding;
using ClaimLang.Binding.Units;
using ClaimLang.Compilation;
using ClaimLang.Syntax;
using ClaimLang.Text;

namespace ClaimLang.Editing;

/// <summary>
/// Completion: what fits at the caret, from the grammar (docs/language.md, "Files and tokens" to "Claims") and the
/// project's names. The place is read from the tokens before the caret, since while typing the
/// tree around the caret is usually broken; only the current member's tokens are read.
/// </summary>
public static class Completions
{
    /// <summary>
    /// The most items a list holds. A project may declare thousands of names; beyond this, only
    /// those that match the word typed so far are kept (and the list is marked incomplete).
    /// </summary>
    internal const int MaxItems = 1000;

    /// <summary>What may be written at <paramref name="position"/>, a character offset into the model's tree's text.</summary>
    public static CompletionList GetCompletions(SemanticModel model, int position)
    {
        SyntaxTree tree = model.Tree;
        position = Math.Clamp(position, 0, tree.Text.Length);
        if (CompletionWord.At(tree, position) is not { } word) return new CompletionList(new TextSpan(position, 0), []);
        if (IsLabel(tree, word)) return new CompletionList(word, []); // a new claim label: nothing to offer
        CompletionContext context = CompletionContextReader.Read(tree, word.Start);
        List<CompletionItem> items = [.. ItemsFor(context, model.Compilation)];
        if (items.Count <= MaxItems) return new CompletionList(word, [.. items]);
        string typed = tree.Text.ToString(TextSpan.FromBounds(word.Start, position));
        return new CompletionList(word, [.. items.Where(item => Matches(item.Label, typed)).Take(MaxItems)]) { IsIncomplete = true };
    }

    private static IEnumerable<CompletionItem> ItemsFor(CompletionContext context, ClaimCompilation compilation)
    {
        SymbolTable symbols = compilation.Symbols;
        IEnumerable<CompletionItem> atLineStart = context.IsAtLineStart ? CompletionVocabulary.MemberKeywords : [];
        return context.State switch
        {
            CompletionState.MemberStart or CompletionState.AfterAttributeBlock => CompletionVocabulary.MemberKeywords,
            CompletionState.LabelColon => [CompletionVocabulary.Source],
            CompletionState.AfterSourceKeyword or CompletionState.AfterClaimSourceKeyword => CompletionNames.OfKind(symbols, SymbolKind.Source),
            CompletionState.AfterSourceName => CompletionVocabulary.SpeakerKeywords.Concat(atLineStart),
            CompletionState.AfterClaimSource or CompletionState.AfterSpeaker => CompletionVocabulary.SpeakerKeywords,
            // A speaker may be a person or a source.
            CompletionState.AfterQuoting => CompletionNames.OfKind(symbols, SymbolKind.Person).Concat(CompletionNames.OfKind(symbols, SymbolKind.Source)),
            CompletionState.AfterSays or CompletionState.AfterArrow => CompletionNames.OfKind(symbols, SymbolKind.Entity),
            CompletionState.AfterFrom or CompletionState.AfterTo => CompletionNames.OfKind(symbols, SymbolKind.Metric),
            CompletionState.AfterFirstNumber or CompletionState.AfterLastNumber
                => CompletionVocabulary.ScaleWords.Concat(CompletionNames.Units(compilation, MetricUnitKind(context, compilation))),
            CompletionState.AfterFirstScale or CompletionState.AfterLastScale => CompletionNames.Units(compilation, MetricUnitKind(context, compilation)),
            // A level metric has no rate (CL2002).
            CompletionState.AfterUnit => MetricOf(context, symbols) is { IsFlow: false } ? [] : CompletionVocabulary.RateSuffixes,
            CompletionState.AfterSlash => CompletionVocabulary.TimeUnits,
            CompletionState.AfterPeriodStart or CompletionState.ClaimComplete
                => CompletionVocabulary.Qualifiers.Where(q => !context.HasQualifier(q.Keyword)).Select(q => q.Item).Concat(atLineStart),
            CompletionState.AfterAs => [CompletionVocabulary.Of],
            CompletionState.AfterStatus => CompletionVocabulary.StatusValues,
            CompletionState.AttributeName => AttributeNames(context),
            CompletionState.AfterAttributeNumber => CompletionVocabulary.ScaleWords.Concat(AttributeNames(context)),
            CompletionState.AfterAttributeName => AttributeValues(context, compilation),
            CompletionState.AfterDeclarationName or CompletionState.AfterDisplayName or CompletionState.Unknown => atLineStart,
            // A new name, a number, a date or a string goes here.
            _ => [],
        };
    }

    private static IEnumerable<CompletionItem> AttributeNames(CompletionContext context) =>
        context.DeclarationKind is { } kind ? CompletionVocabulary.AttributeNames(kind).Where(a => !context.HasAttribute(a.Label)) : [];

    private static IEnumerable<CompletionItem> AttributeValues(CompletionContext context, ClaimCompilation compilation)
    {
        if (context.DeclarationKind is not { } kind || context.AttributeName is not { } attribute) return [];
        return (kind, attribute) switch
        {
            (SymbolKind.Source, "reliability") => CompletionVocabulary.ReliabilityGrades,
            (SymbolKind.Metric, "kind") => CompletionVocabulary.MetricKinds,
            (SymbolKind.Metric, "unit") => CompletionNames.Units(compilation, preferred: null),
            (SymbolKind.Unit, "kind") => CompletionVocabulary.BuiltInUnitKinds.Concat(CompletionNames.UsedValues(compilation.Symbols, kind, attribute)
                .Where(used => !CompletionVocabulary.BuiltInUnitKinds.Any(builtIn => builtIn.Label == used.Label))),
            // Free values: offer what the project's other declarations use, to keep them consistent.
            (SymbolKind.Source or SymbolKind.Entity, "kind") => CompletionNames.UsedValues(compilation.Symbols, kind, attribute),
            _ => [],
        };
    }

    private static Binding.Meaning.MetricInfo? MetricOf(CompletionContext context, SymbolTable symbols) =>
        context.Metric is { } name
            ? symbols.Lookup(name) is { Kind: SymbolKind.Metric } metric ? metric.MetricInfo : null
            : context.IsFlow ? BuiltInSymbols.Transfer.MetricInfo : null;

    // The kind of unit the claim's metric is measured in, whose units are offered first.
    private static UnitKind? MetricUnitKind(CompletionContext context, ClaimCompilation compilation) =>
        MetricOf(context, compilation.Symbols)?.Unit is { } unit && compilation.Units.TryGet(unit, out UnitInfo? info) ? info.Kind : null;

    // A name followed by ':' is a claim label being written.
    private static bool IsLabel(SyntaxTree tree, TextSpan word)
    {
        if (word.Length == 0 || tree.ElementAt(word.Start).LexicalKind != SyntaxKind.IdentifierToken) return false;
        for (SyntaxElement? next = tree.ElementAt(word.Start).Next; next is { } element; next = element.Next)
        {
            SyntaxKind kind = element.LexicalKind;
            if (element.IsMissing || SyntaxFacts.IsTrivia(kind)) continue;
            return kind == SyntaxKind.ColonToken;
        }
        return false;
    }

    // The word's letters in order, ignoring case, as editors filter: "bp" matches "BBC_Persian".
    private static bool Matches(string label, string typed)
    {
        int at = 0;
        foreach (char c in typed)
        {
            at = label.IndexOf(c.ToString(), at, StringComparison.OrdinalIgnoreCase);
            if (at < 0) return false;
            at++;
        }
        return true;
    }
}
