using Antlr4.Runtime.Atn;
using Antlr4.Runtime.Misc;

namespace ClaimLang.Core.Tests.Lexing;

/// <summary>
/// Splits the UTF-16 code units into classes that no transition of the lexer's ATN tells apart:
/// two code units of one class are matched by exactly the same atoms, ranges and sets. The lexer
/// then needs one DFA edge per class instead of one per character (ANTLR's own DFA caches edges
/// for characters 0..127 only and simulates the ATN for every other character, every time).
/// End of input is a class of its own, after all character classes.
/// </summary>
internal sealed class CharClasses
{
    private CharClasses(ushort[] classOf, int[] representatives)
    {
        ClassOf = classOf;
        Representatives = representatives;
    }

    /// <summary>The class of every code unit 0..0xFFFF.</summary>
    public ushort[] ClassOf { get; }

    /// <summary>One member of each class (the smallest), and -1 (EOF) for the end-of-input class.</summary>
    public int[] Representatives { get; }

    /// <summary>The number of classes, the end-of-input class included.</summary>
    public int Count => Representatives.Length;

    public int EndOfInput => Representatives.Length - 1;

    public static CharClasses Of(ATN atn)
    {
        var classOf = new ushort[char.MaxValue + 1];
        int count = 1;
        var seen = new HashSet<IntervalSet>();
        foreach (ATNState state in atn.states)
        {
            if (state is null) continue;
            for (int i = 0; i < state.NumberOfTransitions; i++)
            {
                // Atoms, ranges and sets carry their label; a not-set carries the set it excludes,
                // which splits the characters the same way. Wildcards and epsilons split nothing.
                IntervalSet? label = state.Transition(i).Label;
                if (label is null || !seen.Add(label)) continue;
                count = Split(classOf, count, label);
            }
        }
        return Compact(classOf);
    }

    // Every class that meets the set is divided into its part inside the set (a new class) and
    // its part outside (keeping the old number); a class wholly inside leaves its old number
    // unused, which Compact removes.
    private static int Split(ushort[] classOf, int count, IntervalSet set)
    {
        var moved = new int[count];
        Array.Fill(moved, -1);
        foreach (Interval interval in set.GetIntervals())
        {
            int first = Math.Max(interval.a, 0);
            int last = Math.Min(interval.b, char.MaxValue);
            for (int c = first; c <= last; c++)
            {
                int old = classOf[c];
                if (moved[old] < 0)
                {
                    if (count > ushort.MaxValue) throw new InvalidOperationException("The lexer's character sets split the characters into too many classes.");
                    moved[old] = count++;
                }
                classOf[c] = (ushort)moved[old];
            }
        }
        return count;
    }

    // Renumbers the classes densely, in order of their smallest member.
    private static CharClasses Compact(ushort[] classOf)
    {
        var renumbered = new Dictionary<int, int>();
        var representatives = new List<int>();
        for (int c = 0; c < classOf.Length; c++)
        {
            if (!renumbered.TryGetValue(classOf[c], out int dense))
            {
                dense = representatives.Count;
                renumbered.Add(classOf[c], dense);
                representatives.Add(c);
            }
            classOf[c] = (ushort)dense;
        }
        representatives.Add(Antlr4.Runtime.IntStreamConstants.EOF);
        return new CharClasses(classOf, [.. representatives]);
    }
}
