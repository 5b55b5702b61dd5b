using System.Globalization;

namespace ClaimLang.Bench;

/// <summary>
/// What the collector last did, for CLAIMLANG_BENCH_GCINFO=1: the last collection of each kind,
/// with the generations' sizes before and after it and what was committed. Peak memory is live
/// data plus the allocation budget the collector allows before it collects, so this says which
/// of the two a figure comes from.
/// </summary>
internal static class GcReport
{
    public static void Print()
    {
        foreach (GCKind kind in new[] { GCKind.Ephemeral, GCKind.FullBlocking, GCKind.Background })
        {
            GCMemoryInfo info = GC.GetGCMemoryInfo(kind);
            if (info.Index == 0) continue; // none of this kind
            Console.Write(string.Create(CultureInfo.InvariantCulture,
                $"last {kind} collection (#{info.Index}, gen {info.Generation}): committed {Mib(info.TotalCommittedBytes)}, heap {Mib(info.HeapSizeBytes)}, promoted {Mib(info.PromotedBytes)};"));
            ReadOnlySpan<GCGenerationInfo> generations = info.GenerationInfo;
            for (int i = 0; i < generations.Length; i++)
                Console.Write(string.Create(CultureInfo.InvariantCulture,
                    $" gen {i} {Mib(generations[i].SizeBeforeBytes)} -> {Mib(generations[i].SizeAfterBytes)}"));
            Console.WriteLine();
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"committed at the end: {Mib(GC.GetGCMemoryInfo().TotalCommittedBytes)}"));
    }

    private static string Mib(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:F0} MiB");
}
