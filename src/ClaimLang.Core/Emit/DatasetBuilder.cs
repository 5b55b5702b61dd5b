using System.Collections.Immutable;
using ClaimLang.Binding;
using ClaimLang.Binding.Meaning;
using ClaimLang.Compilation;
using ClaimLang.Consistency;
using ClaimLang.Diagnostics;
using ClaimLang.Formatting;
using ClaimLang.Syntax;
using ClaimLang.Text;

namespace ClaimLang.Emit;

/// <summary>
/// Makes the dataset of a compiled project (docs/language.md, "The dataset"): every claim with its
/// meaning, every declaration of a source, person, entity or metric, and every consistency
/// finding (<see cref="ClaimCompilation.GetFindings"/>) with the claims it names. Rows come in
/// file (ordinal path) then position order.
/// </summary>
public static class DatasetBuilder
{
    public static Dataset Build(ClaimCompilation compilation)
    {
        var claims = new List<(ClaimRecord Record, ClaimSyntax Claim)>();
        var declarations = new Dictionary<DeclarationKind, ImmutableArray<DeclarationRecord>.Builder>();
        foreach (DeclarationKind kind in Enum.GetValues<DeclarationKind>()) declarations[kind] = ImmutableArray.CreateBuilder<DeclarationRecord>();

        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            var meanings = new Dictionary<ClaimSyntax, ClaimMeaning>(ReferenceEqualityComparer.Instance);
            TreeCheckResult checks = compilation.GetFileChecks(tree);
            foreach (ClaimMeaning meaning in checks.Meanings.Concat(checks.UncheckedMeanings)) meanings[meaning.Claim] = meaning;
            foreach (MemberSyntax member in tree.Root.Members)
            {
                if (member is ClaimSyntax claim)
                {
                    claims.Add((ClaimOf(claim, tree, ClaimLocation.Start(claim), meanings.GetValueOrDefault(claim)), claim));
                }
                else if (member is DeclarationSyntax declaration)
                {
                    declarations[declaration.DeclarationKind].Add(DeclarationOf(declaration, tree));
                }
            }
        }

        ImmutableArray<ConsistencyFinding> findings = compilation.GetFindings();
        ImmutableArray<ConflictRecord> conflicts = [.. findings.Select(f =>
            new ConflictRecord(f.Id, f.Code, f.Severity.ToText(), f.IsSuppressed, f.ClaimIds, f.Message))];
        // A finding names its claims themselves, so two unlabelled claims on one line (one id) stay apart.
        var conflictsOf = new Dictionary<ClaimSyntax, List<string>>(ReferenceEqualityComparer.Instance);
        foreach (ConsistencyFinding finding in findings)
        {
            foreach (ClaimMeaning claim in finding.Claims)
            {
                if (!conflictsOf.TryGetValue(claim.Claim, out var ids)) conflictsOf[claim.Claim] = ids = [];
                if (!ids.Contains(finding.Id)) ids.Add(finding.Id);
            }
        }

        return new Dataset(
            [.. claims.Select(c => conflictsOf.TryGetValue(c.Claim, out var ids) ? c.Record with { Conflicts = [.. ids] } : c.Record)],
            declarations[DeclarationKind.Source].ToImmutable(),
            declarations[DeclarationKind.Person].ToImmutable(),
            declarations[DeclarationKind.Entity].ToImmutable(),
            declarations[DeclarationKind.Metric].ToImmutable(),
            conflicts)
        {
            Diagnostics = DiagnosticRecordsOf(compilation, findings, claims.ToDictionary<(ClaimRecord Record, ClaimSyntax Claim), ClaimSyntax, ClaimRecord>(c => c.Claim, c => c.Record, ReferenceEqualityComparer.Instance)),
        };
    }

    // What a diff compares: every diagnostic but the findings' by code, place and message, and
    // each finding by its id and what its claims are about (which stays when lines move).
    private static ImmutableArray<DiagnosticRecord> DiagnosticRecordsOf(ClaimCompilation compilation,
        ImmutableArray<ConsistencyFinding> findings, Dictionary<ClaimSyntax, ClaimRecord> rows)
    {
        var records = ImmutableArray.CreateBuilder<DiagnosticRecord>();
        foreach (Diagnostic diagnostic in compilation.GetDiagnostics())
        {
            if (FindingCodes.Contains(diagnostic.Id)) continue;
            records.Add(new DiagnosticRecord(diagnostic.Id, diagnostic.Severity.ToText(), diagnostic.IsSuppressed, diagnostic.Location.FilePath,
                diagnostic.Location.Start.Line + 1, diagnostic.Message, []));
        }
        foreach (ConsistencyFinding finding in findings)
        {
            ClaimRecord at = rows[finding.Primary.Claim];
            records.Add(new DiagnosticRecord(finding.Code, finding.Severity.ToText(), finding.IsSuppressed, at.File, at.Line,
                finding.Message, [.. finding.Claims.Select(c => DatasetDiff.IdentityOf(rows[c.Claim]))]) { FindingId = finding.Id });
        }
        return records.ToImmutable();
    }

    private static readonly HashSet<string> FindingCodes = [DiagnosticDescriptors.SourcesDisagree.Id,
        DiagnosticDescriptors.SourceContradictsItself.Id, DiagnosticDescriptors.StatedTwice.Id];

    /// <summary>A claim's row; <paramref name="start"/> is where its first token starts. Internal for the editor's hover, which shows what the row will say.</summary>
    internal static ClaimRecord ClaimOf(ClaimSyntax claim, SyntaxTree tree, int start, ClaimMeaning? meaning)
    {
        int line = tree.Text.GetLinePosition(start).Line + 1;
        string id = ClaimIdentity.Of(claim, line);
        ImmutableArray<string> speakers = [.. claim.Speakers.Select(s => s.Speaker.Text)];
        string from = meaning?.From ?? claim.SubjectFrom.Text;
        string? to = meaning is null ? claim.SubjectTo?.Text : meaning.To;
        AmountInterval? amount = meaning?.Amount;
        AmountInterval? total = meaning?.Total;
        return new ClaimRecord(
            id, tree.FilePath, line,
            claim.Source.Text, speakers,
            meaning?.Attribution ?? (speakers.IsEmpty ? claim.Source.Text : speakers[^1]),
            from, to, to is null ? from : $"{from} -> {to}",
            meaning?.Metric ?? claim.Metric?.Text,
            AmountText(claim),
            claim.UnitName.Text,
            meaning is null ? RateWord(claim.RateTimeUnit?.Text) : meaning.RatePer?.ToString().ToLowerInvariant(),
            amount?.Low?.ToDouble(), amount?.High?.ToDouble(),
            meaning?.Period.Start, meaning?.Period.End,
            meaning?.DurationYears.ToDouble(),
            total?.Low?.ToDouble(), total?.High?.ToDouble(),
            claim.Qualifiers.OfType<AsOfQualifierSyntax>().Select(q => q.Date.Text).FirstOrDefault(),
            claim.Qualifiers.OfType<StatusQualifierSyntax>().Select(q => q.Value.Text).FirstOrDefault(),
            Lines(claim.Qualifiers.OfType<NoteQualifierSyntax>().Select(q => StringLiteral.Value(q.Text.Text))),
            Lines(claim.Qualifiers.OfType<CiteQualifierSyntax>().Select(q => StringLiteral.Value(q.Text.Text))),
            [])
        {
            IsLabelled = claim.Label is not null,
        };
    }

    // The amount's tokens in canonical spacing (as messages quote it), so that formatting a
    // file never changes its dataset: `15e9 .. 20e9` and `15e9..20e9` are one amount. Read from
    // the claim's tokens: making its amount node would make all its parts, for every claim.
    private static string AmountText(ClaimSyntax claim)
    {
        ClaimAmountTokens amount = claim.AmountTokens;
        return CanonicalText.Of(amount.Prefix ?? amount.First, amount.SecondScale ?? amount.Second ?? amount.FirstScale ?? amount.First);
    }

    private static string? RateWord(string? written) => written switch
    {
        null => null,
        "yr" or "year" => "year",
        "mo" or "month" => "month",
        _ => written,
    };

    private static string? Lines(IEnumerable<string> values)
    {
        string joined = string.Join('\n', values);
        return joined.Length == 0 ? null : joined;
    }

    private static DeclarationRecord DeclarationOf(DeclarationSyntax declaration, SyntaxTree tree)
    {
        var attributes = (declaration.AttributeBlock?.Attributes ?? []).Select(a => (a.Name.Text, ValueOf(a))).ToImmutableArray();
        string? displayName = declaration.DisplayName is { IsMissing: false } name ? StringLiteral.Value(name.Text) : null;
        int line = tree.Text.GetLinePosition(declaration.Keyword.Span.Start).Line + 1;
        return new DeclarationRecord(declaration.Identifier.Text, displayName, tree.FilePath, line, attributes);
    }

    private static string ValueOf(AttributeSyntax attribute)
    {
        string value = attribute.Value.Kind == SyntaxKind.StringToken ? StringLiteral.Value(attribute.Value.Text) : attribute.Value.Text;
        return attribute.ScaleWord is { } scale ? $"{value} {scale.Text}" : value;
    }
}
