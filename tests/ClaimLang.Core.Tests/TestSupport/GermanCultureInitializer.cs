using System.Globalization;
using System.Runtime.CompilerServices;

namespace ClaimLang.Core.Tests.TestSupport;

/// <summary>
/// Runs every test of this assembly under de-DE, where numbers print with a decimal comma and
/// dates day first: a parser or message that depends on the current culture shows up as a failure
/// here instead of on an analyst's machine.
/// </summary>
internal static class GermanCultureInitializer
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("de-DE");

    // A module initializer runs before any test of the assembly is discovered or run, so no test
    // can observe another culture. CA2255 warns against module initializers in libraries; a test
    // assembly is not consumed by anyone, which is exactly the case the rule does not cover.
#pragma warning disable CA2255
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void UseGermanCulture()
    {
        CultureInfo.DefaultThreadCurrentCulture = Culture;
        CultureInfo.DefaultThreadCurrentUICulture = Culture;
        CultureInfo.CurrentCulture = Culture;
        CultureInfo.CurrentUICulture = Culture;
    }
}
