using ClaimLang.Cli.Tests.TestSupport;
using CsCheck;

namespace ClaimLang.Cli.Tests.CommandLine;

/// <summary>
/// Whatever arguments claimc is given, built from its real commands and options mixed with
/// wrong values and garbage, it exits 0, 1 or 2: exit 3 means a bug (an unexpected exception),
/// and CI scripts tell the two apart. Every run happens in a temporary git repository holding
/// a few small .claim files, and every path the generator can produce lies inside it.
/// </summary>
[UseGermanCulture]
public sealed class ExitCodePropertyTests : IDisposable
{
    private static readonly string[] Commands = ["check", "build", "diff", "fmt", "explain"];

    // Relative names only, without "..": nothing outside the temporary folder can be reached.
    private static readonly Gen<string> Paths = Gen.OneOf(
        ".", "claims", "claims/aid.claim", "claims/decls.claim", "broken.claim", "missing", "missing.claim", "out", "claims/sub", "./-dash", "claims/aid.claim/x", new string('x', 300));

    private static readonly Gen<string> Garbage = Gen.String[Gen.Char["abc-=_ .:/\\~^\u00e9\u202e\u0001"], 0, 8]
        .Where(text => !text.StartsWith('/') && !text.StartsWith('\\') && !text.Contains("..", StringComparison.Ordinal));

    private static readonly Gen<string[]> Pieces = Gen.Frequency(
        (3, Paths.Select(path => new[] { path })),
        (2, Gen.OneOf("text", "json", "markdown", "sarif", "github", "msbuild", "xml", "").Select(format => new[] { "--format", format })),
        (1, Gen.OneOf("json", "markdown", "bogus").Select(format => new[] { "--format=" + format })),
        (1, Gen.OneOf("json", "sarif").Select(format => new[] { "-f", format })),
        (2, Gen.Const(new[] { "--git" })),
        (2, Gen.OneOf("HEAD", "HEAD~1", "no-such-branch", "-x", "").Select(revision => new[] { "--git", revision })),
        (2, Gen.OneOf("out", "out/sub", ".", "claims", "broken.claim", "").Select(folder => new[] { "-o", folder })),
        (1, Gen.Const(new[] { "-o" })),
        (1, Gen.OneOf("--check", "--warnaserror", "--fail-on-new-errors", "--help", "--version", "-h", "-?", "--", "-")
            .Select(option => new[] { option })),
        (1, Gen.OneOf("CL0001", "CL9002", "cl0001", "CL", "CL99999").Select(code => new[] { code })),
        (1, Garbage.Select(text => new[] { text })));

    private static readonly Gen<string[]> Arguments = Gen.Select(
        Gen.Frequency((9, Gen.OneOf(Commands)), (1, Garbage)),
        Pieces.Array[0, 5],
        (command, pieces) => (string[])[command, .. pieces.SelectMany(piece => piece)]);

    private readonly TempFolder _folder = new();

    public ExitCodePropertyTests()
    {
        _folder.Write("claims/decls.claim", "source BBC\nentity Iran\nentity Syria\nmetric aid { kind flow  unit USD }\n");
        _folder.Write("claims/aid.claim", "source BBC says Iran -> Syria aid 2e9 USD 2012\n");
        _folder.Write("claims/sub/more.claim", "source   BBC says Iran -> Syria aid 3e9 USD 2013\n");
        _folder.Write("broken.claim", "source BBC says Iran -> aid 2e9 Dollars\n");
        _folder.Write("-dash", "not a claim file\n");
        TestGit.Run(_folder.Path, "init", "-q");
        TestGit.Run(_folder.Path, "add", ".");
        TestGit.Run(_folder.Path, "commit", "-q", "-m", "first");
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void No_argument_list_ends_in_an_internal_error()
    {
        var seen = new HashSet<int>();
        // One thread: fmt rewrites the files other runs read, and the runs must not race.
        Arguments.Sample(args =>
        {
            CliResult result = Claimc.Run(_folder.Path, args);
            result.ExitCode.ShouldBeInRange(0, 2, $"claimc {string.Join(' ', args.Select(a => $"'{a}'"))}\n{result.Stderr}");
            seen.Add(result.ExitCode);
        }, iter: 300, threads: 1, print: args => string.Join(' ', args.Select(a => $"'{a}'")));
        // The vocabulary must reach success, findings and usage errors for the test to say anything.
        seen.ShouldBe([0, 1, 2], ignoreOrder: true);
    }
}
