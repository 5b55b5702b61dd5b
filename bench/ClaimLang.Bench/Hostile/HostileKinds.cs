namespace ClaimLang.Bench.Hostile;

/// <summary>
/// Every kind of adversarial input <c>claimlang-bench hostile</c> writes, by its KIND name, and
/// what bench/hostile.sh runs. A new kind (a huge group of conflicting claims for the
/// consistency checks, say) is one more <see cref="IHostileInput"/> class added to this list.
/// </summary>
internal static class HostileKinds
{
    public static IReadOnlyList<IHostileInput> All { get; } =
    [
        new JunkTokensInput(),
        new BrokenJunkInput(),
        new BrokenMembersInput(),
        new DuplicateDeclarationsInput(),
        new LongLineInput(),
        new LongNamesInput(),
        new MisspeltNamesInput(),
        new UnknownUnitsInput(),
        new RepeatedQualifiersInput(),
        new ManyDiagnosticsInput(),
        new LongNumbersInput(),
        new ManySmallFilesInput(),
    ];

    public static IHostileInput? Find(string kind) => All.FirstOrDefault(k => k.Kind == kind);
}
