namespace ClaimLang.Consistency;

/// <summary>Claims are compared within a (subject, metric, unit) group (LANGUAGE.md section 5).</summary>
internal readonly record struct GroupKey(string From, string? To, string Metric, string Unit);
