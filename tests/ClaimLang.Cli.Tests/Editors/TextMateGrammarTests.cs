using System.Text.Json;
using System.Text.RegularExpressions;
using ClaimLang.Cli.Tests.TestSupport;
using ClaimLang.Diagnostics;
using ClaimLang.Syntax;
using ClaimLang.Text;

namespace ClaimLang.Cli.Tests.Editors;

/// <summary>
/// The VS Code extension's TextMate grammar (editors/vscode) kept honest against the compiler:
/// the words it spells are SyntaxFacts' keywords, time units and status values; the numbers,
/// dates and names it highlights are the tokens the lexer reads; and the extension's manifest
/// gives that grammar to .claim files. The grammar's regular expressions are Oniguruma's; the
/// ones read here use only what .NET reads the same way.
/// </summary>
[UseGermanCulture]
public sealed partial class TextMateGrammarTests
{
    private static readonly string Extension = Path.Combine(RepositoryLayout.Root, "editors", "vscode");

    private static readonly JsonElement Manifest = ReadJson(Path.Combine(Extension, "package.json"));

    private static readonly JsonElement Grammar = ReadJson(GrammarPath);

    private static string GrammarPath => Path.Combine(Extension, "syntaxes", "claimlang.tmLanguage.json");

    // ---- Keywords and the other fixed words ----

    public static TheoryData<string> Keywords => [.. SyntaxFacts.KeywordTexts];

    [Theory]
    [MemberData(nameof(Keywords))]
    public void Every_keyword_is_highlighted_as_one_by_exactly_one_keyword_pattern(string keyword)
    {
        string[] scopes = [.. KeywordPatterns().Where(p => IsWholeMatch(p.Match, keyword)).Select(p => p.Scope)];

        scopes.Length.ShouldBe(1, $"patterns matching '{keyword}': {string.Join(", ", scopes)}");
        scopes[0].ShouldStartWith("keyword.");
    }

    [Theory]
    [MemberData(nameof(Keywords))]
    public void A_keyword_is_a_whole_word_only(string keyword)
    {
        foreach (string longer in new[] { keyword + "s", keyword + "_x", keyword + "2", keyword + "é" })
            KeywordPatterns().ShouldAllBe(p => !Regex.IsMatch(longer, $@"\A(?:{p.Match})"), longer);
    }

    [Fact]
    public void The_keyword_patterns_spell_no_word_that_is_not_a_keyword()
    {
        string[] words = [.. KeywordPatterns().SelectMany(p => Alternatives(p.Match)).Order(StringComparer.Ordinal)];

        words.ShouldBe([.. SyntaxFacts.KeywordTexts]);
    }

    [Fact]
    public void Every_word_the_grammar_spells_is_a_keyword_a_time_unit_or_a_status_value()
    {
        HashSet<string> known = [.. SyntaxFacts.KeywordTexts, .. SyntaxFacts.TimeUnits, .. SyntaxFacts.StatusValues];

        string[] unknown = [.. Regexes().SelectMany(Alternatives).Distinct().Where(word => !known.Contains(word))];

        unknown.ShouldBeEmpty();
    }

    [Fact]
    public void Names_exclude_exactly_the_keywords()
    {
        // A name is an identifier that is not a keyword; the list of exceptions must be complete.
        string[][] lists = [.. Regexes().SelectMany(WordLists).Where(list => list.Contains("source"))];

        lists.ShouldContain(list => list.Order(StringComparer.Ordinal).SequenceEqual(SyntaxFacts.KeywordTexts));
    }

    [Fact]
    public void The_time_units_after_a_rate_slash_are_the_compilers()
    {
        string[][] lists = [.. Regexes().SelectMany(WordLists).Where(list => list.Intersect(SyntaxFacts.TimeUnits).Any())];

        lists.ShouldNotBeEmpty();
        lists.ShouldAllBe(list => list.Order(StringComparer.Ordinal).SequenceEqual(SyntaxFacts.TimeUnits.Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void The_status_values_are_the_compilers()
    {
        string[][] lists = [.. Regexes().SelectMany(WordLists).Where(list => list.Intersect(SyntaxFacts.StatusValues).Any())];

        lists.ShouldNotBeEmpty();
        lists.ShouldAllBe(list => list.Order(StringComparer.Ordinal).SequenceEqual(SyntaxFacts.StatusValues.Order(StringComparer.Ordinal)));
    }

    // ---- Tokens: what the grammar highlights is what the lexer reads ----

    [Theory]
    [InlineData("36")]
    [InlineData("36.5")]
    [InlineData("36e9")]
    [InlineData("3.6E10")]
    [InlineData("36e+9")]
    [InlineData("2.5e-3")]
    [InlineData("36_000_000_000")]
    [InlineData("1_234.567_8")]
    [InlineData("-60")]
    [InlineData("007")]
    [InlineData("1__000")]
    [InlineData("36_")]
    [InlineData("36e")]
    [InlineData("36e+")]
    [InlineData("1_.5")]
    [InlineData("1._5")]
    [InlineData("1.5_")]
    [InlineData("36e9_")]
    [InlineData("1.")]
    [InlineData("-")]
    public void A_number_is_well_formed_for_the_grammar_when_it_is_for_the_compiler(string text)
    {
        bool compiler = LexesAsOne(BeforeAmount, text, AfterAmount, SyntaxKind.NumberToken, out SyntaxTree tree) && !HasMalformedNumber(tree);

        IsWholeMatch(RuleMatch("numbers", 0), text).ShouldBe(compiler, text);
    }

    [Theory]
    [InlineData("1__000")]
    [InlineData("36_")]
    [InlineData("36e")]
    [InlineData("36e+")]
    [InlineData("1_.5")]
    [InlineData("-1__0e5")]
    public void A_number_the_compiler_finds_malformed_is_one_invalid_token_for_the_grammar(string text)
    {
        LexesAsOne(BeforeAmount, text, AfterAmount, SyntaxKind.NumberToken, out SyntaxTree tree).ShouldBeTrue(text);
        HasMalformedNumber(tree).ShouldBeTrue(text);

        IsWholeMatch(RuleMatch("numbers", 1), text).ShouldBeTrue(text);
        RuleScope("numbers", 1).ShouldStartWith("invalid.");
    }

    [Theory]
    [InlineData("2018-06")]
    [InlineData("2018-06-08")]
    [InlineData("2018-13")]
    [InlineData("2018")]
    [InlineData("2018-6")]
    [InlineData("201-06")]
    [InlineData("20180-06")]
    [InlineData("2018-06-1")]
    [InlineData("2018-06-08-01")]
    public void A_date_is_a_date_for_the_grammar_when_it_is_one_date_token_for_the_compiler(string text) =>
        IsWholeMatch(RuleMatch("dates"), text).ShouldBe(LexesAsOne(BeforePeriod, text, "", SyntaxKind.DateToken, out _), text);

    [Theory]
    [InlineData("de_Mistura")]
    [InlineData("_private")]
    [InlineData("bbc_6y")]
    [InlineData("Österreich")]
    [InlineData("Cafe\u0301")]
    [InlineData("Δ_gdp")]
    [InlineData("6y")]
    [InlineData("x-y")]
    [InlineData("x.y")]
    [InlineData("a$")]
    public void A_name_is_a_name_for_the_grammar_when_it_is_one_identifier_for_the_compiler(string text) =>
        IsWholeMatch(RuleMatch("names"), text).ShouldBe(LexesAsOne(BeforeName, text, "", SyntaxKind.IdentifierToken, out _), text);

    // ---- The manifest ----

    [Fact]
    public void The_manifest_contributes_the_language_for_claim_files()
    {
        JsonElement language = Manifest.GetProperty("contributes").GetProperty("languages").EnumerateArray().Single();

        language.GetProperty("id").GetString().ShouldBe("claimlang");
        Strings(language.GetProperty("extensions")).ShouldBe([".claim"]);
        Strings(language.GetProperty("aliases")).ShouldContain("ClaimLang");
        File.Exists(ExtensionFile(language.GetProperty("configuration").GetString()!)).ShouldBeTrue();
    }

    [Fact]
    public void The_manifest_gives_the_language_this_grammar()
    {
        JsonElement grammar = Manifest.GetProperty("contributes").GetProperty("grammars").EnumerateArray().Single();

        grammar.GetProperty("language").GetString().ShouldBe("claimlang");
        Path.GetFullPath(ExtensionFile(grammar.GetProperty("path").GetString()!)).ShouldBe(Path.GetFullPath(GrammarPath));
        grammar.GetProperty("scopeName").GetString().ShouldBe(Grammar.GetProperty("scopeName").GetString());
        grammar.GetProperty("scopeName").GetString().ShouldBe("source.claimlang");
    }

    [Fact]
    public void The_extension_activates_on_the_language_and_its_entry_point_exists()
    {
        Strings(Manifest.GetProperty("activationEvents")).ShouldContain("onLanguage:claimlang");
        File.Exists(ExtensionFile(Manifest.GetProperty("main").GetString()!)).ShouldBeTrue();
    }

    [Fact]
    public void The_language_configuration_comments_as_the_lexer_does()
    {
        JsonElement comments = ReadJson(Path.Combine(Extension, "language-configuration.json")).GetProperty("comments");

        comments.GetProperty("lineComment").GetString().ShouldBe("//");
        Strings(comments.GetProperty("blockComment")).ShouldBe(["/*", "*/"]);
    }

    // ---- Reading the grammar ----

    private sealed record Pattern(string Match, string Scope);

    private static Pattern[] KeywordPatterns() =>
        [.. Grammar.GetProperty("repository").GetProperty("keywords").GetProperty("patterns").EnumerateArray()
            .Select(p => new Pattern(p.GetProperty("match").GetString()!, p.GetProperty("name").GetString()!))];

    private static JsonElement Rule(string name, int? pattern)
    {
        JsonElement rule = Grammar.GetProperty("repository").GetProperty(name);
        return pattern is { } index ? rule.GetProperty("patterns")[index] : rule;
    }

    private static string RuleMatch(string name, int? pattern = null) => Rule(name, pattern).GetProperty("match").GetString()!;

    private static string RuleScope(string name, int? pattern = null) => Rule(name, pattern).GetProperty("name").GetString()!;

    /// <summary>Every match, begin and end expression in the grammar.</summary>
    private static IEnumerable<string> Regexes() => Regexes(Grammar);

    private static IEnumerable<string> Regexes(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(property =>
            property.Name is "match" or "begin" or "end" && property.Value.ValueKind == JsonValueKind.String
                ? [property.Value.GetString()!]
                : Regexes(property.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Regexes),
        _ => [],
    };

    /// <summary>The lists of lower-case words in a regex: <c>(?:says|quoting)</c>, <c>(as)</c>.</summary>
    private static IEnumerable<string[]> WordLists(string regex) =>
        WordGroup().Matches(regex).Select(m => m.Groups["words"].Value.Split('|'));

    private static IEnumerable<string> Alternatives(string regex) => WordLists(regex).SelectMany(list => list);

    private static bool IsWholeMatch(string pattern, string text) => Regex.IsMatch(text, $@"\A(?:{pattern})\z");

    // ---- Reading the compiler ----

    // Each sample stands where the parser expects its kind of token, so that it stays a token
    // (text the parser cannot place becomes skipped trivia).
    private const string BeforeAmount = "source S says A m ";
    private const string AfterAmount = " USD 2018";
    private const string BeforePeriod = "source S says A m 1 USD ";
    private const string BeforeName = "source ";

    /// <summary>Whether the lexer reads the text, between the others, as one token of the kind.</summary>
    private static bool LexesAsOne(string before, string text, string after, SyntaxKind kind, out SyntaxTree tree)
    {
        tree = SyntaxTree.ParseText(before + text + after);
        var span = new TextSpan(before.Length, text.Length);
        SyntaxToken[] tokens = [.. tree.GetTokens().Where(t => !t.IsMissing && t.Span.Start < span.End && span.Start < t.Span.End)];
        return tokens is [var token] && token.Kind == kind && token.Span == span;
    }

    private static bool HasMalformedNumber(SyntaxTree tree) =>
        tree.Diagnostics.Any(d => d.Id == DiagnosticDescriptors.MalformedNumber.Id);

    // ---- Files ----

    private static string ExtensionFile(string relative) => Path.Combine(Extension, relative.Replace('/', Path.DirectorySeparatorChar));

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    private static JsonElement ReadJson(string path)
    {
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.Clone();
    }

    [GeneratedRegex(@"\((?:\?:)?(?<words>[a-z]+(?:\|[a-z]+)*)\)")]
    private static partial Regex WordGroup();
}
