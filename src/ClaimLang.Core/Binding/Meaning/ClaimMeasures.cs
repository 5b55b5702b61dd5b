using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ClaimLang.Binding.Meaning;

/// <summary>
/// The distinct <see cref="ClaimMeasure"/>s of the claims bound with one set of options: one
/// instance per file check (not shared between threads), holding a handful of entries.
/// </summary>
internal sealed class ClaimMeasures(MeaningOptions options)
{
    private readonly Dictionary<(string Metric, string Unit), ClaimMeasure> _measures = [];

    public MeaningOptions Options { get; } = options;

    // Compiled optimised on first call, as every per-claim method is: see TreeChecker.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ClaimMeasure Of(string metric, string unit)
    {
        ref ClaimMeasure? measure = ref CollectionsMarshal.GetValueRefOrAddDefault(_measures, (metric, unit), out _);
        return measure ??= new ClaimMeasure(metric, unit, Options);
    }
}
