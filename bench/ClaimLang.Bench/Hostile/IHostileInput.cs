namespace ClaimLang.Bench.Hostile;

/// <summary>One kind of adversarial project for <c>claimlang-bench hostile</c>: what it attacks, and how to write it.</summary>
internal interface IHostileInput
{
    /// <summary>The KIND argument that selects it.</summary>
    string Kind { get; }

    /// <summary>What it tries, in a line.</summary>
    string Attack { get; }

    /// <summary>Writes about <paramref name="bytes"/> bytes of .claim files into <paramref name="folder"/> (which exists and is empty), the same bytes every time.</summary>
    void Write(string folder, long bytes);
}
