using System.Globalization;
using ClaimLang.Cli.Tests.TestSupport;

namespace ClaimLang.Cli.Tests;

/// <summary>Proves the other tests really run under a culture that formats differently from the invariant one.</summary>
[UseGermanCulture]
public sealed class CultureTests
{
    [Fact]
    public void Tests_run_under_german_culture()
    {
        CultureInfo.CurrentCulture.Name.ShouldBe("de-DE");
        CultureInfo.CurrentUICulture.Name.ShouldBe("de-DE");
        (1.5).ToString(CultureInfo.CurrentCulture).ShouldBe("1,5");
    }
}
