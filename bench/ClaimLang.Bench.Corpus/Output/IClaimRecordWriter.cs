using ClaimLang.Bench.Corpus.Claims;

namespace ClaimLang.Bench.Corpus.Output;

/// <summary>Writes the claims' records in a peer tool's format, one record per claim.</summary>
internal interface IClaimRecordWriter : IDisposable
{
    void Write(ClaimRecord record);
}
