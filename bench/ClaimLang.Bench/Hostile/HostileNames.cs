namespace ClaimLang.Bench.Hostile;

/// <summary>Names for adversarial projects: distinct, deterministic, made only of letters.</summary>
internal static class HostileNames
{
    /// <summary>The <paramref name="index"/>-th name of <paramref name="length"/> letters (base 26, then padded): all distinct for one length.</summary>
    public static string Nth(long index, int length)
    {
        var chars = new char[length];
        for (int i = length - 1; i >= 0; i--)
        {
            chars[i] = (char)('a' + (int)(index % 26));
            index /= 26;
        }
        return new string(chars);
    }

    /// <summary>The same name with one edit (a swap of two letters in the middle, or a letter changed), so "did you mean" finds it.</summary>
    public static string Misspelt(string name, long seed)
    {
        char[] chars = name.ToCharArray();
        int at = (int)(seed % Math.Max(1, chars.Length - 1));
        if (seed % 2 == 0 && chars.Length > 1) (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]);
        else chars[at] = chars[at] == 'z' ? 'y' : (char)(chars[at] + 1);
        return new string(chars);
    }
}
