using System.Collections.Immutable;

namespace ClaimLang.Emit;

/// <summary>
/// Compares two versions of a dataset. Claims are matched by label when both have one, else by
/// attribution, subject, metric and period (in file order when several share those); a matched
/// claim is changed when any of its other values differs (where it is, and its findings' ids,
/// are not values). Findings are matched by their stable id, or else by what their claims are
/// about (so a finding among unlabelled claims that moved lines is still the same finding);
/// other diagnostics by <see cref="DiagnosticRecord.Identity"/>.
/// </summary>
public static class DatasetDiff
{
    // Where a claim is and which findings name it are not what it says.
    private static readonly HashSet<string> PlaceColumns = ["id", "file", "line", "conflicts"];

    public static DatasetDifference Compare(Dataset oldDataset, Dataset newDataset)
    {
        var unmatched = new Dictionary<string, Queue<int>>(StringComparer.Ordinal);
        for (int row = 0; row < oldDataset.Claims.Length; row++)
        {
            string identity = IdentityOf(oldDataset.Claims[row]);
            if (!unmatched.TryGetValue(identity, out var queue)) unmatched[identity] = queue = new Queue<int>();
            queue.Enqueue(row);
        }

        var added = ImmutableArray.CreateBuilder<ClaimRecord>();
        var changed = ImmutableArray.CreateBuilder<ClaimChange>();
        var matchedOld = new HashSet<ClaimRecord>(ReferenceEqualityComparer.Instance);
        IDatasetTable oldTable = DatasetTables.Claims(oldDataset.Claims), newTable = DatasetTables.Claims(newDataset.Claims);
        for (int row = 0; row < newDataset.Claims.Length; row++)
        {
            ClaimRecord claim = newDataset.Claims[row];
            if (!unmatched.TryGetValue(IdentityOf(claim), out var candidates) || candidates.Count == 0)
            {
                added.Add(claim);
                continue;
            }
            int oldRow = candidates.Dequeue();
            ClaimRecord old = oldDataset.Claims[oldRow];
            matchedOld.Add(old);
            var fields = ChangedFields(oldTable, oldRow, newTable, row);
            if (!fields.IsEmpty) changed.Add(new ClaimChange(old, claim, fields));
        }

        ImmutableArray<DiagnosticRecord> oldDiagnostics = oldDataset.Diagnostics, newDiagnostics = newDataset.Diagnostics;
        return new DatasetDifference(
            added.ToImmutable(),
            [.. oldDataset.Claims.Where(c => !matchedOld.Contains(c))],
            changed.ToImmutable(),
            Unmatched(newDiagnostics, oldDiagnostics),
            Unmatched(oldDiagnostics, newDiagnostics));
    }

    // The diagnostics of one version that the other does not have.
    private static ImmutableArray<DiagnosticRecord> Unmatched(ImmutableArray<DiagnosticRecord> these, ImmutableArray<DiagnosticRecord> others)
    {
        var otherFindingIds = others.Select(d => d.FindingId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var otherIdentities = others.Select(d => d.Identity).ToHashSet(StringComparer.Ordinal);
        return [.. these.Where(d => !(d.FindingId is { } id && otherFindingIds.Contains(id)) && !otherIdentities.Contains(d.Identity))];
    }

    /// <summary>How a claim is recognised in another version: its label, else what it is about and when.</summary>
    internal static string IdentityOf(ClaimRecord claim) =>
        claim.IsLabelled
            ? "label|" + claim.Id
            : $"claim|{claim.Attribution}|{claim.Subject}|{claim.Metric}|{CellText.Of(claim.PeriodStart)}|{CellText.Of(claim.PeriodEnd)}";

    private static ImmutableArray<(string Column, string Old, string New)> ChangedFields(IDatasetTable oldTable, int oldRow, IDatasetTable newTable, int newRow)
    {
        var fields = ImmutableArray.CreateBuilder<(string, string, string)>();
        string[] oldValues = [.. oldTable.Values(oldRow).Select(CellText.Of)];
        string[] newValues = [.. newTable.Values(newRow).Select(CellText.Of)];
        for (int column = 0; column < newTable.Columns.Length; column++)
        {
            string name = newTable.Columns[column].Name;
            if (!PlaceColumns.Contains(name) && oldValues[column] != newValues[column]) fields.Add((name, oldValues[column], newValues[column]));
        }
        return fields.ToImmutable();
    }
}
