using System.Globalization;
using ClaimLang.Core.Tests.TestSupport;

namespace ClaimLang.Core.Tests;

/// <summary>The suite must really run under de-DE, or it would not catch culture bugs.</summary>
public sealed class CultureTests
{
    [Fact]
    public void Tests_run_under_a_culture_with_a_decimal_comma()
    {
        CultureInfo.CurrentCulture.Name.ShouldBe("de-DE");
        (1.5).ToString(CultureInfo.CurrentCulture).ShouldBe("1,5");
    }

    [Fact]
    public void Threads_started_by_tests_also_use_de_DE()
    {
        string? name = null;
        var thread = new Thread(() => name = CultureInfo.CurrentCulture.Name);
        thread.Start();
        thread.Join();
        name.ShouldBe(GermanCultureInitializer.Culture.Name);
    }
}
