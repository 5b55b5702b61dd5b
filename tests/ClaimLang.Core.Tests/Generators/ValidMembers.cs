using ClaimLang.Syntax;
using CsCheck;

namespace ClaimLang.Core.Tests.Generators;

/// <summary>Declarations and claims (docs/language.md, "Declarations" and "Claims") in every valid form.</summary>
internal static class ValidMembers
{
    private static readonly string[] Units = ["USD", "EUR", "IRR", "count", "barrel", "%"];

    private static readonly Gen<string?> OptionalName = Optional(ValidTokens.Name, absent: 2, present: 1);

    // A number with an optional scale word: [36] or [36, billion].
    private static readonly Gen<Piece[]> Number = Gen.Select(ValidTokens.Number, Optional(ValidTokens.ScaleWord, absent: 3, present: 1),
        (number, scale) => scale is null ? new[] { new Piece(number) } : [new Piece(number), new Piece(scale)]);

    private static readonly Gen<(Piece[] Pieces, SyntaxKind Kind)> Amount = Gen.Frequency(
        (3, Number.Select(n => (n, SyntaxKind.ValueAmount))),
        (2, Gen.Select(Number, Number, (low, high) =>
            (Join(low, [Piece.Touching("..")], Touch(high)), SyntaxKind.RangeAmount))),
        (2, Gen.Select(Gen.OneOf(">=", ">", "<=", "<"), Number, (op, value) =>
            (Join([new Piece(op)], Touch(value)), SyntaxKind.BoundAmount))),
        (1, Number.Select(value => (Join([new Piece("~")], Touch(value)), SyntaxKind.ApproximateAmount))));

    private static readonly Gen<(Piece[] Pieces, string? TimeUnit)> Unit = Gen.Select(Gen.OneOf(Units),
        Optional(Gen.OneOf(SyntaxFacts.TimeUnits.ToArray()), absent: 2, present: 1),
        (unit, per) => per is null
            ? (new[] { new Piece(unit) }, per)
            : ([new Piece(unit), Piece.Touching("/"), Piece.Touching(per)], per));

    private static readonly Gen<(Piece[] Pieces, bool IsRange)> Period = Gen.Frequency(
        (2, ValidTokens.Date.Select(d => (new[] { new Piece(d) }, false))),
        (1, Gen.Select(ValidTokens.Date, ValidTokens.Date, (start, end) =>
            (new[] { new Piece(start), Piece.Touching(".."), Piece.Touching(end) }, true))));

    private static readonly Gen<(Piece[] Pieces, SyntaxKind Kind)>[] QualifierForms =
    [
        ValidTokens.Date.Select(d => (new[] { new Piece("as"), new Piece("of"), new Piece(d) }, SyntaxKind.AsOfQualifier)),
        ValidTokens.String.Select(s => (new[] { new Piece("note"), new Piece(s) }, SyntaxKind.NoteQualifier)),
        ValidTokens.String.Select(s => (new[] { new Piece("cite"), new Piece(s) }, SyntaxKind.CiteQualifier)),
        Gen.OneOf(SyntaxFacts.StatusValues.ToArray()).Select(v => (new[] { new Piece("status"), new Piece(v) }, SyntaxKind.StatusQualifier)),
    ];

    // Each qualifier at most once, in any order: a random subset, ordered by random keys.
    private static readonly Gen<(Piece[] Pieces, SyntaxKind Kind)[]> Qualifiers =
        Gen.Select(Gen.Bool.Array[4], Gen.Int.Array[4], QualifierForms[0], QualifierForms[1], QualifierForms[2], QualifierForms[3],
            (chosen, keys, asOf, note, cite, status) =>
            {
                var all = new[] { asOf, note, cite, status };
                return Enumerable.Range(0, 4).Where(i => chosen[i]).OrderBy(i => keys[i]).Select(i => all[i]).ToArray();
            });

    public static readonly Gen<GeneratedClaim> Claim =
        from label in OptionalName
        from source in ValidTokens.Name
        from speakers in ValidTokens.Name.Array[0, 3]
        from entity in ValidTokens.Name
        from to in OptionalName
        from arrow in Gen.OneOf("->", "\u2192")
        from metric in to is null ? ValidTokens.Name.Select(m => (string?)m) : OptionalName
        from amount in Amount
        from unit in Unit
        from period in Period
        from qualifiers in Qualifiers
        let head = Join(
            label is null ? [] : [new Piece(label), Piece.Touching(":")],
            [new Piece("source"), new Piece(source)],
            [.. speakers.SelectMany(s => new[] { new Piece("quoting"), new Piece(s) })],
            [new Piece("says"), new Piece(entity)],
            to is null ? [] : [Piece.Touching(arrow), Piece.Touching(to)],
            metric is null ? [] : [new Piece(metric)],
            amount.Pieces, unit.Pieces)
        select new GeneratedClaim(
            Join(head, period.Pieces, [.. qualifiers.SelectMany(q => q.Pieces)]),
            label, source, speakers, to is not null, metric, amount.Kind, unit.TimeUnit, period.IsRange, [.. qualifiers.Select(q => q.Kind)],
            PeriodStart: head.Length, PeriodLength: period.Pieces.Length);

    private static readonly string[] NonScaleKeywords =
        [.. SyntaxFacts.KeywordTexts.Where(k => !SyntaxFacts.IsScaleWord(SyntaxFacts.GetKeywordKind(k)))];

    private static readonly Gen<string> AttributeName = Gen.Frequency(
        (3, ValidTokens.Name), (2, Gen.OneOf(NonScaleKeywords)), (1, ValidTokens.ScaleWord));

    private static readonly Gen<Piece[]> AttributeValue = Gen.Frequency(
        (3, ValidTokens.String.Select(s => new[] { new Piece(s) })),
        (2, Number),
        (2, ValidTokens.MonthOrDay.Select(d => new[] { new Piece(d) })),
        (3, ValidTokens.Name.Select(n => new[] { new Piece(n) })),
        (1, Gen.Const(new[] { new Piece("%") })));

    // `max 5 million 3` is ambiguous (is `million` the scale or the next name?), so a scale word
    // names an attribute only where no bare number stands before it.
    private static readonly Gen<(string Name, Piece[] Value)[]> Attributes =
        Gen.Select(AttributeName, AttributeValue).Array[0, 4].Select(attributes =>
        {
            for (int i = 1; i < attributes.Length; i++)
            {
                bool bareNumberBefore = attributes[i - 1].Item2.Length == 1 && char.IsAsciiDigit(attributes[i - 1].Item2[0].Text[^1]);
                if (bareNumberBefore && SyntaxFacts.IsScaleWord(SyntaxFacts.GetKeywordKind(attributes[i].Item1)))
                    attributes[i] = ("kind", attributes[i].Item2);
            }
            return attributes;
        });

    public static readonly Gen<GeneratedDeclaration> Declaration =
        from keyword in Gen.OneOf("source", "person", "entity", "metric", "unit")
        from name in ValidTokens.Name
        from displayName in Optional(ValidTokens.String, absent: 1, present: 2)
        from hasBlock in Gen.Bool
        from attributes in Attributes
        select new GeneratedDeclaration(
            [
                new Piece(keyword), new Piece(name),
                .. displayName is null ? Array.Empty<Piece>() : [new Piece(displayName)],
                .. hasBlock
                    ? [Piece.Touching("{"), .. attributes.SelectMany(a => a.Value.Prepend(new Piece(a.Name))), Piece.Touching("}")]
                    : Array.Empty<Piece>(),
            ],
            KindOf(keyword), name, displayName is not null, hasBlock ? [.. attributes.Select(a => a.Name)] : null);

    public static readonly Gen<GeneratedMember> Member = Gen.Frequency(
        (3, Claim.Select(c => (GeneratedMember)c)),
        (2, Declaration.Select(d => (GeneratedMember)d)));

    private static Gen<string?> Optional(Gen<string> gen, int absent, int present) =>
        Gen.Frequency((absent, Gen.Const((string?)null)), (present, gen.Select(s => (string?)s)));

    private static Piece[] Join(params Piece[][] parts) => [.. parts.SelectMany(p => p)];

    // The first token of a number may touch what comes before; a scale word after it may not.
    private static Piece[] Touch(Piece[] number) => [Piece.Touching(number[0].Text), .. number[1..]];

    private static DeclarationKind KindOf(string keyword) => keyword switch
    {
        "source" => DeclarationKind.Source,
        "person" => DeclarationKind.Person,
        "entity" => DeclarationKind.Entity,
        "metric" => DeclarationKind.Metric,
        _ => DeclarationKind.Unit,
    };
}
