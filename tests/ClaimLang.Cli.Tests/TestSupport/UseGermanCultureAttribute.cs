using System.Globalization;
using System.Reflection;
using Xunit.Sdk;

namespace ClaimLang.Cli.Tests.TestSupport;

/// <summary>
/// Runs a test under de-DE (decimal comma, different list separator): output that is the same
/// there as under the invariant culture does not depend on the user's culture.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class UseGermanCultureAttribute : BeforeAfterTestAttribute
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    private CultureInfo? _originalCulture;
    private CultureInfo? _originalUiCulture;

    public override void Before(MethodInfo methodUnderTest)
    {
        _originalCulture = CultureInfo.CurrentCulture;
        _originalUiCulture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentCulture = German;
        CultureInfo.CurrentUICulture = German;
    }

    public override void After(MethodInfo methodUnderTest)
    {
        CultureInfo.CurrentCulture = _originalCulture!;
        CultureInfo.CurrentUICulture = _originalUiCulture!;
    }
}
