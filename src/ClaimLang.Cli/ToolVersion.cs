using System.Reflection;

namespace ClaimLang.Cli;

/// <summary>The tool's version, as printed by --version and written into SARIF.</summary>
internal static class ToolVersion
{
    /// <summary>
    /// The informational version (the project's Version, e.g. 0.1.0). Read from this assembly
    /// rather than the entry assembly, which is the test host when tests run the tool in-process.
    /// </summary>
    public static string Informational { get; } =
        typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(ToolVersion).Assembly.GetName().Version?.ToString(3)
        ?? "0.0.0";
}
