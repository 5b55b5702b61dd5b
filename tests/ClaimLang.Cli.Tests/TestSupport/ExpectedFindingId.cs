using System.Security.Cryptography;
using System.Text;

namespace ClaimLang.Cli.Tests.TestSupport;

/// <summary>A finding's id worked out in the test, as docs/language.md defines it: F- and 10 hex digits of SHA-256 of "CODE;id;id" (ids sorted).</summary>
internal static class ExpectedFindingId
{
    public static string Of(string code, params string[] claimIds) =>
        "F-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(code + ";" + string.Join(";", claimIds.Order(StringComparer.Ordinal)))))[..10];
}
