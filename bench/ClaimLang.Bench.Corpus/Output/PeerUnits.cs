namespace ClaimLang.Bench.Corpus.Output;

/// <summary>A unit as a commodity symbol of letters only: currencies stay, % is PCT, others upper-cased (BARREL, COUNT).</summary>
internal static class PeerUnits
{
    public static string Commodity(string unit) => unit == "%" ? "PCT" : unit.ToUpperInvariant();
}
