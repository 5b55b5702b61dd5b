using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace ClaimLang.Binding.Units;

/// <summary>The ISO 4217 currencies of the embedded iso4217.csv, with lookup by alphabetic code.</summary>
internal sealed class Iso4217Table
{
    public const string ResourceName = "ClaimLang.Binding.Units.iso4217.csv";

    // Read on first use only (a run that never binds a unit never parses the file), exactly once
    // even when several threads bind at the same time.
    private static readonly Lazy<Iso4217Table> Embedded = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, Iso4217Currency> byCode;

    public Iso4217Table(ImmutableArray<Iso4217Currency> currencies)
    {
        var duplicate = currencies.GroupBy(c => c.Code, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new InvalidDataException($"iso4217.csv lists {duplicate.Key} more than once");
        Currencies = currencies;
        byCode = currencies.ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);
    }

    /// <summary>The table read from the resource embedded in this assembly.</summary>
    public static Iso4217Table Current => Embedded.Value;

    /// <summary>The currencies in the file's order (alphabetical by code).</summary>
    public ImmutableArray<Iso4217Currency> Currencies { get; }

    public bool TryGet(string code, [MaybeNullWhen(false)] out Iso4217Currency currency) =>
        byCode.TryGetValue(code, out currency);

    /// <summary>The raw text of the embedded file, for tests that check how it is written.</summary>
    public static string ReadEmbeddedText()
    {
        using var reader = OpenEmbedded();
        return reader.ReadToEnd();
    }

    private static Iso4217Table LoadEmbedded()
    {
        using var reader = OpenEmbedded();
        return new Iso4217Table(Iso4217CsvReader.Read(reader));
    }

    private static StreamReader OpenEmbedded()
    {
        var stream = typeof(Iso4217Table).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException(
                $"The resource {ResourceName} is missing: ClaimLang.Core.csproj must embed Binding/Units/iso4217.csv under that name.");
        return new StreamReader(stream, Encoding.UTF8);
    }
}
