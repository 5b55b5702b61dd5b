using System.Diagnostics;
using System.Globalization;
using ClaimLang.Bench.Corpus;
using ClaimLang.Binding.Meaning;
using ClaimLang.Compilation;
using ClaimLang.Consistency;
using ClaimLang.Syntax;

namespace ClaimLang.Bench;

/// <summary>
/// <c>claimlang-bench group KIND OUT_FILE --claims N [--seed S]</c> writes one adversarial flow
/// group (<see cref="GroupAttack"/>); <c>claimlang-bench groupcheck FILE [ROUNDS]</c> times the
/// consistency engine alone on a file, first call (cold) and then warm.
/// </summary>
internal static class GroupCommand
{
    public const string Usage = "claimlang-bench group KIND OUT_FILE --claims N [--seed S]   (KIND: conflicting, same-period, months, chain, huge)";

    public static int Write(IReadOnlyList<string> arguments)
    {
        if (arguments.Count < 4 || arguments[2] != "--claims" || !int.TryParse(arguments[3], NumberStyles.None, CultureInfo.InvariantCulture, out int claims))
        {
            Console.Error.WriteLine("usage: " + Usage);
            return 2;
        }
        int seed = arguments.Count >= 6 && arguments[4] == "--seed" ? int.Parse(arguments[5], CultureInfo.InvariantCulture) : 1;
        string text;
        try
        {
            text = GroupAttack.Write(arguments[0], claims, seed);
        }
        catch (ArgumentException problem)
        {
            Console.Error.WriteLine($"group: {problem.Message}");
            return 2;
        }
        File.WriteAllText(arguments[1], text);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"group: {claims} claims ({arguments[0]}) in {arguments[1]}, {text.Length / 1048576.0:F1} MB"));
        return 0;
    }

    public static int Check(string file, int rounds)
    {
        var tree = SyntaxTree.ParseText(File.ReadAllText(file), Path.GetFileName(file));
        var compilation = ClaimCompilation.Create([tree]);
        var model = compilation.GetSemanticModel(tree);
        List<ClaimMeaning> meanings = [.. tree.Root.Claims.Select(c => model.GetMeaning(c) ?? throw new InvalidOperationException("a generated claim has an error"))];
        for (int round = 0; round < rounds; round++)
        {
            long allocated = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            var findings = ConsistencyChecker.Check(meanings, compilation.Symbols);
            clock.Stop();
            allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
            int named = findings.SelectMany(f => f.Claims).Distinct().Count();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"groupcheck {Path.GetFileName(file)} {(round == 0 ? "cold" : "warm")}: {clock.Elapsed.TotalMilliseconds:F0} ms, {findings.Length} findings naming {named} of {meanings.Count} claims, {allocated / 1048576.0:F1} MiB allocated"));
        }
        var whole = Stopwatch.StartNew();
        int diagnostics = compilation.GetDiagnostics().Length;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"groupcheck {Path.GetFileName(file)} diagnostics of the whole compilation: {whole.Elapsed.TotalMilliseconds:F0} ms, {diagnostics} diagnostics"));
        return 0;
    }
}
