using ClaimLang.Binding.Units;

namespace ClaimLang.Core.Tests.Binding.Units;

public sealed class Iso4217TableTests
{
    [Fact]
    public void The_embedded_list_is_loaded_once_however_many_threads_ask()
    {
        var seen = new Iso4217Table[64];
        Parallel.For(0, seen.Length, i => seen[i] = Iso4217Table.Current);

        seen.ShouldAllBe(table => ReferenceEquals(table, seen[0]));
        ReferenceEquals(Iso4217Table.Current, seen[0]).ShouldBeTrue();
    }

    [Fact]
    public void Lookup_is_by_exact_code()
    {
        Iso4217Table.Current.TryGet("USD", out var usd).ShouldBeTrue();
        usd.NumericCode.ShouldBe(840);
        Iso4217Table.Current.TryGet("usd", out _).ShouldBeFalse();
        Iso4217Table.Current.TryGet("US", out _).ShouldBeFalse();
    }

    [Fact]
    public void A_code_listed_twice_is_rejected()
    {
        var twice = new[] { new Iso4217Currency("USD", 840, 2, "US Dollar"), new Iso4217Currency("USD", 841, 2, "US Dollar") };

        Should.Throw<InvalidDataException>(() => new Iso4217Table([.. twice])).Message.ShouldContain("USD");
    }
}
