using System.Security.Cryptography;
using System.Text;

namespace ClaimLang.Consistency;

/// <summary>
/// A finding's stable id: <c>F-</c> and the first 10 hex digits of the SHA-256 of its code and
/// its claims' ids, sorted (ordinal) and joined with <c>;</c> (<c>CL4001;bbc_6y;heydemann</c>).
/// It stays the same while its claims do, so adding a file renumbers nothing and a diff can
/// match findings across versions.
/// </summary>
internal static class FindingId
{
    public static string Of(string code, IEnumerable<string> claimIds)
    {
        string key = string.Join(';', claimIds.Order(StringComparer.Ordinal).Prepend(code));
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return "F-" + Convert.ToHexStringLower(hash.AsSpan(0, 5));
    }
}
