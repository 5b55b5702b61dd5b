namespace ClaimLang.LanguageServer.Hosting;

/// <summary>One frame of the base protocol: a body, or the mark that its headers had no usable Content-Length.</summary>
internal readonly record struct LspFrame(byte[]? Body)
{
    public bool HasValidHeaders => Body is not null;
}
