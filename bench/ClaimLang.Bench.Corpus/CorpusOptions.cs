namespace ClaimLang.Bench.Corpus;

/// <summary>What <c>claimlang-bench gen</c> is asked to write (bench/ClaimLang.Bench, mode gen).</summary>
/// <param name="OutputFolder">Receives decls.claim and claims-NNNN.claim, or corpus.claim with <see cref="OneFile"/>.</param>
/// <param name="Claims">How many claims, exactly.</param>
public sealed record CorpusOptions(string OutputFolder, int Claims)
{
    /// <summary>Claims per claims-NNNN.claim file.</summary>
    public int PerFile { get; init; } = 5000;

    /// <summary>The same seed (and the same other options) gives the same bytes, on any machine and in any culture.</summary>
    public long Seed { get; init; } = 1;

    /// <summary>The share of claims written to contradict the others of their group (0 gives a corpus without consistency findings).</summary>
    public double ConflictRate { get; init; } = 0.02;

    /// <summary>Every declaration and claim in one file, corpus.claim (the editor benchmark opens one large file).</summary>
    public bool OneFile { get; init; }

    /// <summary>
    /// Every claim about one flow (one subject, recipient, metric and unit) over varied periods:
    /// a single consistency group as large as the corpus, the worst case for checking a group.
    /// </summary>
    public bool OneGroup { get; init; }

    /// <summary>Also write the claims as an hledger journal here (one transaction per claim).</summary>
    public string? HledgerPath { get; init; }

    /// <summary>Also write the claims as JSON Lines here (one object per claim).</summary>
    public string? JsonLinesPath { get; init; }
}
