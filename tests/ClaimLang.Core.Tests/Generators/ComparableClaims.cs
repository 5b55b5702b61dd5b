using CsCheck;

namespace ClaimLang.Core.Tests.Generators;

/// <summary>
/// Files of claims drawn from a small vocabulary (a few sources, subjects, metrics and years), so
/// that they meet in the consistency checks and often disagree: every kind of amount, rates and
/// totals, ranges of years, written with the trivia of <see cref="ValidFiles"/> (comments and
/// line breaks anywhere). The names are left for the test to declare.
/// </summary>
internal static class ComparableClaims
{
    private static readonly Gen<string> Year = Gen.Int[2010, 2013].Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static readonly Gen<Piece[]> Number = Gen.Select(Gen.Int[1, 40], Gen.OneOf("", "e8", "e9", " billion"), (n, scale) =>
    {
        string digits = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return scale == " billion" ? new[] { new Piece(digits), new Piece("billion") } : [new Piece(digits + scale)];
    });

    private static readonly Gen<Piece[]> Amount = Gen.Frequency(
        (3, Number),
        (2, Gen.Select(Number, Number, (low, high) => (Piece[])[.. low, Piece.Touching(".."), Piece.Touching(high[0].Text), .. high[1..]])),
        (2, Gen.Select(Gen.OneOf(">=", "<=", ">", "<"), Number, (op, n) => (Piece[])[new Piece(op), Piece.Touching(n[0].Text), .. n[1..]])),
        (1, Number.Select(n => (Piece[])[new Piece("~"), Piece.Touching(n[0].Text), .. n[1..]])));

    private static readonly Gen<Piece[]> Period = Gen.Frequency(
        (2, Year.Select(y => new[] { new Piece(y) })),
        (2, Gen.Select(Year, Year, (a, b) => new[] { new Piece(a), Piece.Touching(".."), Piece.Touching(b) })));

    private static readonly Gen<Piece[]> Claim =
        from label in Gen.Frequency((3, Gen.Const("")), (1, Gen.Int[0, 1_000_000].Select(i => "c" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))))
        from source in Gen.OneOf("Outlet_A", "Outlet_B", "Outlet_C")
        from speaker in Gen.OneOf("", "", "Expert")
        from subject in Gen.OneOf("Iran -> Syria", "Iran → Hezbollah")
        from metric in Gen.OneOf("aid", "aid", "credit")
        from amount in Amount
        from rate in Gen.OneOf("", "", "yr", "mo")
        from period in Period
        from qualifier in Gen.OneOf("", "", "", "as of 2014", "status disputed", "note \"a note\"")
        select (Piece[])[
            .. label.Length == 0 ? [] : new[] { new Piece(label), Piece.Touching(":") },
            new Piece("source"), new Piece(source),
            .. speaker.Length == 0 ? [] : new[] { new Piece("quoting"), new Piece(speaker) },
            new Piece("says"), .. subject.Split(' ').Select((part, i) => i == 0 ? new Piece(part) : Piece.Touching(part)), new Piece(metric),
            .. amount,
            new Piece("USD"), .. rate.Length == 0 ? [] : new[] { Piece.Touching("/"), Piece.Touching(rate) },
            .. period,
            .. qualifier.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(part => new Piece(part)),
        ];

    /// <summary>A file of one to twelve such claims.</summary>
    public static readonly Gen<string> File = Claim.Array[1, 12].SelectMany(claims => ValidFiles.Assemble(claims));
}
