using System.Collections.Immutable;

namespace ClaimLang.Emit;

/// <summary>
/// The dataset's tables and their columns, in the order docs/language.md, "The dataset" lists them.
/// Each format is written from these definitions alone.
/// </summary>
internal static class DatasetTables
{
    public static DatasetTable<ClaimRecord> Claims(ImmutableArray<ClaimRecord> rows) => new("claims",
        "One row per claim, in file then position order.", "id",
        [
            Column<ClaimRecord>("id", ColumnType.String, "The claim's label, or FILE:LINE of its first token (FILE:LINE#2, #3 for further claims starting on that line).", c => c.Id, required: true),
            Column<ClaimRecord>("file", ColumnType.String, "The file, relative to the project root (the folder of claimlang.json, or the deepest folder holding every path built), with '/' separators.", c => c.File, required: true),
            Column<ClaimRecord>("line", ColumnType.Integer, "The line of the claim's first token, from 1.", c => c.Line, required: true),
            Column<ClaimRecord>("source", ColumnType.String, "The outlet, document or organisation the claim was read in.", c => c.Source, required: true),
            Column<ClaimRecord>("speakers", ColumnType.List, "Whom the source quotes, outermost first.", c => c.Speakers),
            Column<ClaimRecord>("attribution", ColumnType.String, "Who makes the claim: the innermost speaker, else the source.", c => c.Attribution, required: true),
            Column<ClaimRecord>("from", ColumnType.String, "The entity the claim is about, or a flow's origin.", c => c.From, required: true),
            Column<ClaimRecord>("to", ColumnType.String, "A flow's destination; empty for a measure of one entity.", c => c.To),
            Column<ClaimRecord>("subject", ColumnType.String, "'FROM -> TO' for a flow, else FROM.", c => c.Subject, required: true),
            Column<ClaimRecord>("metric", ColumnType.String, "What is measured; 'transfer' for a flow that names no metric.", c => c.Metric),
            Column<ClaimRecord>("amount", ColumnType.String, "The amount as written.", c => c.Amount, required: true),
            Column<ClaimRecord>("unit", ColumnType.String, "The unit as written.", c => c.Unit, required: true),
            Column<ClaimRecord>("rate_per", ColumnType.String, "year, month or day for an amount per time unit; empty for a total.", c => c.RatePer),
            Column<ClaimRecord>("low", ColumnType.Number, "The least amount the claim admits (rounding and ~ included); empty when open.", c => c.Low),
            Column<ClaimRecord>("high", ColumnType.Number, "The greatest amount the claim admits; empty when open.", c => c.High),
            Column<ClaimRecord>("period_start", ColumnType.Date, "The period's first day.", c => c.PeriodStart),
            Column<ClaimRecord>("period_end", ColumnType.Date, "The period's last day.", c => c.PeriodEnd),
            Column<ClaimRecord>("duration_years", ColumnType.Number, "The period's length in years (months/12 when month-aligned, else days/365.2425).", c => c.DurationYears),
            Column<ClaimRecord>("total_low", ColumnType.Number, "The least amount over the whole period (a rate multiplied out); empty when open.", c => c.TotalLow),
            Column<ClaimRecord>("total_high", ColumnType.Number, "The greatest amount over the whole period; empty when open.", c => c.TotalHigh),
            Column<ClaimRecord>("as_of", ColumnType.String, "When the claim was stated, as written.", c => c.AsOf),
            Column<ClaimRecord>("status", ColumnType.String, "retracted or disputed; empty for a claim that stands.", c => c.Status),
            Column<ClaimRecord>("note", ColumnType.String, "The claim's notes, one per line.", c => c.Note),
            Column<ClaimRecord>("cite", ColumnType.String, "Where the claim was read, one citation per line.", c => c.Cite),
            Column<ClaimRecord>("conflicts", ColumnType.List, "The ids of the findings (conflicts.csv) the claim takes part in.", c => c.Conflicts),
        ], rows);

    public static DatasetTable<DeclarationRecord> Sources(ImmutableArray<DeclarationRecord> rows) =>
        Declarations("sources", "The declared sources: outlets, documents and organisations.", rows, "kind", "published", "url", "reliability");

    public static DatasetTable<DeclarationRecord> Persons(ImmutableArray<DeclarationRecord> rows) =>
        Declarations("persons", "The declared persons, who can be quoted or speak.", rows, "role");

    public static DatasetTable<DeclarationRecord> Entities(ImmutableArray<DeclarationRecord> rows) =>
        Declarations("entities", "The declared entities: countries, organisations, groups.", rows, "kind", "code");

    public static DatasetTable<DeclarationRecord> Metrics(ImmutableArray<DeclarationRecord> rows) =>
        Declarations("metrics", "The declared metrics.", rows, "kind", "unit", "min", "max");

    public static DatasetTable<ConflictRecord> Conflicts(ImmutableArray<ConflictRecord> rows) => new("conflicts",
        "One row per consistency finding (CL4001-CL4003), in the order claimc check reports them.", "id",
        [
            Column<ConflictRecord>("id", ColumnType.String, "The finding's stable id: F- and the first 10 hex digits of the SHA-256 of its code and its claims' ids, sorted and joined with ';'.", f => f.Id, required: true),
            Column<ConflictRecord>("code", ColumnType.String, "CL4001 (sources disagree), CL4002 (a source contradicts itself) or CL4003 (stated twice).", f => f.Code, required: true),
            Column<ConflictRecord>("severity", ColumnType.String, "error, warning or info, as configured.", f => f.Severity, required: true),
            Column<ConflictRecord>("suppressed", ColumnType.Boolean, "Whether a suppression comment accepts the finding.", f => f.Suppressed, required: true),
            Column<ConflictRecord>("claims", ColumnType.List, "The ids of the claims that cannot all be true, the one reported at last.", f => f.Claims, required: true),
            Column<ConflictRecord>("message", ColumnType.String, "The finding's message, with the arithmetic.", f => f.Message, required: true),
        ], rows);

    // Known attributes get columns of their own; the others (warned about as CL1006) are kept
    // together, as `name value` lines, so that nothing written is lost.
    private static DatasetTable<DeclarationRecord> Declarations(string name, string description, ImmutableArray<DeclarationRecord> rows,
        params string[] known)
    {
        var columns = ImmutableArray.CreateBuilder<DatasetColumn<DeclarationRecord>>();
        columns.Add(Column<DeclarationRecord>("name", ColumnType.String, "The declared name.", d => d.Name, required: true));
        columns.Add(Column<DeclarationRecord>("display_name", ColumnType.String, "The display name, if given.", d => d.DisplayName));
        foreach (string attribute in known)
            columns.Add(Column<DeclarationRecord>(attribute, ColumnType.String, $"The '{attribute}' attribute as written.", d => d.Attribute(attribute)));
        columns.Add(Column<DeclarationRecord>("other_attributes", ColumnType.String, "Any other attributes, one `name value` per line.",
            d => OtherAttributes(d, known)));
        columns.Add(Column<DeclarationRecord>("file", ColumnType.String, "The file of the declaration.", d => d.File, required: true));
        columns.Add(Column<DeclarationRecord>("line", ColumnType.Integer, "The line of the declaration's keyword, from 1.", d => d.Line, required: true));
        return new DatasetTable<DeclarationRecord>(name, description, "name", columns.ToImmutable(), rows);
    }

    private static string? OtherAttributes(DeclarationRecord declaration, string[] known)
    {
        var others = declaration.Attributes.Where(a => Array.IndexOf(known, a.Name) < 0).Select(a => $"{a.Name} {a.Value}").ToList();
        return others.Count == 0 ? null : string.Join('\n', others);
    }

    private static DatasetColumn<TRow> Column<TRow>(string name, ColumnType type, string description, Func<TRow, object?> value, bool required = false) =>
        new(name, type, description, value) { Required = required };
}
