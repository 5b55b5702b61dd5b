using System.Collections.Frozen;
using ClaimLang.Binding;
using ClaimLang.Syntax;

namespace ClaimLang.Editing;

/// <summary>
/// The fixed words of the language as completion items, with what each means (docs/language.md,
/// "Files and tokens" to "Claims"): keywords, qualifiers, scale words, time units, status values, attribute
/// names and the values of the attributes that take a fixed set.
/// </summary>
internal static class CompletionVocabulary
{
    private const string SourceDeclaration =
        "source NAME [\"display name\"] [{ kind … published … url … reliability … }] declares an outlet, document or organisation; "
        + "source NAME [quoting SPEAKER]* says SUBJECT [METRIC] AMOUNT UNIT PERIOD starts a claim.";

    /// <summary><c>source</c>: a source declaration, or a claim.</summary>
    public static CompletionItem Source { get; } = Keyword("source", "declare a source, or start a claim", SourceDeclaration);

    /// <summary>What may begin a member: a declaration, or a claim (<c>source</c>).</summary>
    public static IReadOnlyList<CompletionItem> MemberKeywords { get; } =
    [
        Source,
        Keyword("person", "declare a person", "person NAME [\"display name\"] [{ role \"…\" }]: someone who can be quoted or who speaks."),
        Keyword("entity", "declare an entity", "entity NAME [\"display name\"] [{ kind … code … }]: an actor (a country, an organisation, a group)."),
        Keyword("metric", "declare a metric", "metric NAME [\"display name\"] [{ kind flow|level unit … min … max … }]: what is measured."),
        Keyword("unit", "declare a unit", "unit NAME [\"display name\"] [{ kind … }]: a unit beyond the built-in ones (ISO 4217 currencies, %, count)."),
    ];

    /// <summary>What follows a claim's source or a speaker.</summary>
    public static IReadOnlyList<CompletionItem> SpeakerKeywords { get; } =
    [
        Keyword("quoting", "the source quotes a speaker", "quoting SPEAKER: the source reports what a person (or another source) said; several nest, outermost first."),
        Keyword("says", "what the claim says", "says SUBJECT [METRIC] AMOUNT UNIT ['/' TIMEUNIT] PERIOD, e.g. says Iran -> Syria aid 36e9 USD 2011..2016."),
    ];

    /// <summary>The qualifiers of a claim, by their first keyword, each given at most once.</summary>
    public static IReadOnlyList<(SyntaxKind Keyword, CompletionItem Item)> Qualifiers { get; } =
    [
        (SyntaxKind.AsKeyword, Keyword("as of", "when the statement was made", "as of DATE: the day, month or year the statement was made (2018-06-08).")),
        (SyntaxKind.NoteKeyword, Keyword("note", "a remark", "note \"…\": a remark kept with the claim in the dataset.")),
        (SyntaxKind.CiteKeyword, Keyword("cite", "where the claim was read", "cite \"…\": a URL or a reference.")),
        (SyntaxKind.StatusKeyword, Keyword("status", "retracted or disputed", "status retracted|disputed: the claim stays in the dataset but takes no part in consistency checks.")),
    ];

    public static CompletionItem Of { get; } = Keyword("of", "as of DATE", "as of DATE: when the statement was made.");

    public static IReadOnlyList<CompletionItem> ScaleWords { get; } =
    [
        Keyword("thousand", "× 1e3", "36 thousand = 36e3; in a range, it also applies to a lower end without one."),
        Keyword("million", "× 1e6", "36 million = 36e6; in a range, it also applies to a lower end without one."),
        Keyword("billion", "× 1e9", "36 billion = 36e9; in a range, it also applies to a lower end without one."),
        Keyword("trillion", "× 1e12", "36 trillion = 36e12; in a range, it also applies to a lower end without one."),
    ];

    private const string RateDocumentation = "The amount is a rate: the average amount per time unit over the whole period.";

    /// <summary>The time units after '/' in a rate.</summary>
    public static IReadOnlyList<CompletionItem> TimeUnits { get; } = [.. SyntaxFacts.TimeUnits.Select(TimeUnit)];

    /// <summary>The rate suffixes (<c>/yr</c>, ...) after a claim's unit.</summary>
    public static IReadOnlyList<CompletionItem> RateSuffixes { get; } =
        [.. SyntaxFacts.TimeUnits.Select(unit => TimeUnit(unit) with { Label = "/" + unit })];

    public static IReadOnlyList<CompletionItem> StatusValues { get; } =
    [
        new("retracted", CompletionItemKind.Value, "the source withdrew the claim", "Kept in the dataset, left out of consistency checks."),
        new("disputed", CompletionItemKind.Value, "the claim is contested", "Kept in the dataset, left out of consistency checks."),
    ];

    private static readonly FrozenDictionary<(SymbolKind, string), string> AttributeMeanings = new Dictionary<(SymbolKind, string), string>
    {
        [(SymbolKind.Source, "kind")] = "what the source is: broadcaster, news_agency, think_tank, …",
        [(SymbolKind.Source, "published")] = "when it was published: a year, month or day (2018-02)",
        [(SymbolKind.Source, "url")] = "its address, as a quoted string",
        [(SymbolKind.Source, "reliability")] = "Admiralty grade, A (reliable) to F (cannot be judged)",
        [(SymbolKind.Person, "role")] = "who the person is, as a quoted string",
        [(SymbolKind.Entity, "kind")] = "what the entity is: country, organisation, group, …",
        [(SymbolKind.Entity, "code")] = "a code such as IRN (ISO 3166)",
        [(SymbolKind.Metric, "kind")] = "flow (additive over time, the default) or level (a state at a time)",
        [(SymbolKind.Metric, "unit")] = "the unit of the metric's claims: USD, %, count, …",
        [(SymbolKind.Metric, "min")] = "the least value a claim may state (a flow's is 0 unless given)",
        [(SymbolKind.Metric, "max")] = "the greatest value a claim may state",
        [(SymbolKind.Unit, "kind")] = "what the unit measures: currency, count, %, or a kind of its own",
    }.ToFrozenDictionary();

    /// <summary>The known attributes of a declaration kind (AttributeRules), in the specification's order.</summary>
    public static IEnumerable<CompletionItem> AttributeNames(SymbolKind kind) =>
        AttributeRules.For(kind).Select(name =>
            new CompletionItem(name, CompletionItemKind.Attribute, AttributeMeanings[(kind, name)], $"{kind.Keyword()} attribute"));

    /// <summary>Admiralty (NATO) source grading.</summary>
    public static IReadOnlyList<CompletionItem> ReliabilityGrades { get; } =
    [
        Value("A", "completely reliable"),
        Value("B", "usually reliable"),
        Value("C", "fairly reliable"),
        Value("D", "not usually reliable"),
        Value("E", "unreliable"),
        Value("F", "reliability cannot be judged"),
    ];

    public static IReadOnlyList<CompletionItem> MetricKinds { get; } =
    [
        Value("flow", "an amount moved over time", "Additive over time; never negative unless min says otherwise. The default."),
        Value("level", "a state or rate at a time", "Not additive: claims conflict only about the same period."),
    ];

    /// <summary>The kinds of the built-in units, which a declared unit joins by naming one.</summary>
    public static IReadOnlyList<CompletionItem> BuiltInUnitKinds { get; } =
    [
        Value("currency", "fits any currency metric", "A declared currency, e.g. one ISO 4217 no longer lists."),
        Value("count", "fits count metrics", "Counts things, like the built-in unit count."),
        Value("%", "fits percent metrics", "A percentage, like the built-in unit %."),
    ];

    private static CompletionItem Keyword(string label, string detail, string documentation) =>
        new(label, CompletionItemKind.Keyword, detail, documentation);

    private static CompletionItem Value(string label, string detail, string? documentation = null) =>
        new(label, CompletionItemKind.Value, detail, documentation);

    private static CompletionItem TimeUnit(string unit) =>
        new(unit, CompletionItemKind.Unit, unit switch
        {
            "yr" or "year" => "per year",
            "mo" or "month" => "per month",
            _ => "per day",
        }, RateDocumentation);
}
