namespace ClaimLang.Bench;

/// <summary>The process' peak resident set (VmHWM), the figure a user sees as memory use.</summary>
internal static class PeakMemory
{
    public static long Bytes()
    {
        const string Path = "/proc/self/status";
        if (File.Exists(Path))
        {
            foreach (string line in File.ReadLines(Path))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), System.Globalization.CultureInfo.InvariantCulture) * 1024;
            }
        }
        return Environment.WorkingSet;
    }
}
