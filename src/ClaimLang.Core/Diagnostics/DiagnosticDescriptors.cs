namespace ClaimLang.Diagnostics;

/// <summary>
/// Every diagnostic code of the language, in one place (docs/language.md, "Diagnostics"). The codes are
/// part of the contract: analysts suppress them and CI configurations name them, so a code is
/// never renumbered or reused. Tests check that ids are unique and match the table in docs/language.md.
/// </summary>
public static class DiagnosticDescriptors
{
    private static DiagnosticDescriptor Error(string id, string title, string format) => new(id, title, format, DiagnosticSeverity.Error);
    private static DiagnosticDescriptor Warning(string id, string title, string format) => new(id, title, format, DiagnosticSeverity.Warning);
    private static DiagnosticDescriptor Info(string id, string title, string format) => new(id, title, format, DiagnosticSeverity.Info);

    // Syntax (CL0xxx): the parser's findings, arguments prepared by Parsing/.
    internal static readonly DiagnosticDescriptor SyntaxError = Error("CL0001", "Syntax error", "{0}");
    internal static readonly DiagnosticDescriptor Unterminated = Error("CL0002", "Unterminated string or block comment", "{0}");
    internal static readonly DiagnosticDescriptor InvalidCharacter = Error("CL0003", "Character that cannot start a token", "{0}");
    internal static readonly DiagnosticDescriptor MalformedNumber = Error("CL0004", "Malformed number or number out of range", "{0}");
    internal static readonly DiagnosticDescriptor InvalidDate = Error("CL0005", "Not a calendar date", "'{0}' is not a calendar date: {1}");

    // Names (CL1xxx).
    internal static readonly DiagnosticDescriptor UndeclaredName = Error("CL1001", "Undeclared name", "'{0}' is not declared{1}");
    internal static readonly DiagnosticDescriptor DuplicateDeclaration = Error("CL1002", "Name declared twice", "'{0}' is already declared as {1}");
    internal static readonly DiagnosticDescriptor WrongKindOfName = Error("CL1003", "Name used as the wrong kind", "'{0}' is {1}, but {2} is required here");
    internal static readonly DiagnosticDescriptor UnusedDeclaration = Warning("CL1004", "Declaration never used", "{0} '{1}' is declared but never used");
    internal static readonly DiagnosticDescriptor DuplicateLabel = Error("CL1005", "Claim label used twice", "the label '{0}' is already used by another claim");
    internal static readonly DiagnosticDescriptor BadAttribute = Warning("CL1006", "Unknown attribute or bad attribute value", "{0}");

    // Values and units (CL2xxx).
    internal static readonly DiagnosticDescriptor UnknownUnit = Error("CL2001", "Unknown unit", "'{0}' is not a known unit{1}");
    internal static readonly DiagnosticDescriptor UnitDoesNotFitMetric = Error("CL2002", "Unit does not fit the metric", "{0}");
    internal static readonly DiagnosticDescriptor EmptyRange = Error("CL2003", "Empty range", "the range {0}..{1} is empty: its lower end is above its upper end");
    internal static readonly DiagnosticDescriptor AmountOutOfBounds = Error("CL2004", "Amount outside the metric's min/max", "{0}");

    // Time (CL3xxx).
    internal static readonly DiagnosticDescriptor PeriodEndsBeforeStart = Error("CL3001", "Period ends before it starts", "the period {0}..{1} ends before it starts");
    internal static readonly DiagnosticDescriptor FutureStatedAsFact = Warning("CL3002", "Claim about the future stated as fact", "{0}");
    internal static readonly DiagnosticDescriptor AsOfAfterPublished = Warning("CL3003", "'as of' later than the source's published date", "{0}");

    // Consistency (CL4xxx).
    internal static readonly DiagnosticDescriptor SourcesDisagree = Warning("CL4001", "Claims from different attributions cannot all hold", "{0}");
    internal static readonly DiagnosticDescriptor SourceContradictsItself = Error("CL4002", "Claims from one attribution cannot all hold", "{0}");
    internal static readonly DiagnosticDescriptor StatedTwice = Info("CL4003", "The same attribution states the same thing twice", "{0}");

    // Configuration (CL9xxx).
    internal static readonly DiagnosticDescriptor InvalidConfiguration = Error("CL9001", "Configuration file invalid", "{0}");
    internal static readonly DiagnosticDescriptor PathSkipped = Warning("CL9002", "Path skipped", "'{0}' was not read: {1}");

    /// <summary>Every descriptor, ordered by id.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        SyntaxError, Unterminated, InvalidCharacter, MalformedNumber, InvalidDate,
        UndeclaredName, DuplicateDeclaration, WrongKindOfName, UnusedDeclaration, DuplicateLabel, BadAttribute,
        UnknownUnit, UnitDoesNotFitMetric, EmptyRange, AmountOutOfBounds,
        PeriodEndsBeforeStart, FutureStatedAsFact, AsOfAfterPublished,
        SourcesDisagree, SourceContradictsItself, StatedTwice,
        InvalidConfiguration, PathSkipped,
    ];

    private static readonly Dictionary<string, DiagnosticDescriptor> ById =
        All.ToDictionary(d => d.Id, StringComparer.OrdinalIgnoreCase);

    /// <summary>Finds a descriptor by its code, ignoring case (<c>claimc explain cl0001</c> works).</summary>
    public static DiagnosticDescriptor? Find(string id) => ById.GetValueOrDefault(id);
}
