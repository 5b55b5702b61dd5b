namespace ClaimLang.Bench.Corpus.Cast;

/// <summary>
/// Everything a corpus declares besides its metrics. <see cref="Dissenters"/> are persons kept
/// apart: only the claims written to conflict end with one of them as the speaker, so that a
/// conflict is always between different attributions (CL4001, a warning) and never a source
/// contradicting itself (CL4002, an error that would stop claimc build).
/// </summary>
public sealed record CorpusCast(IReadOnlyList<Source> Sources, IReadOnlyList<Person> Speakers, IReadOnlyList<Person> Dissenters,
    IReadOnlyList<Entity> Entities);
