using System.Diagnostics;

namespace ClaimLang.Cli.Tests.TestSupport;

/// <summary>The claimc.dll built beside the tests, run as a process of its own, as the installed tool runs.</summary>
public static class ClaimcProcess
{
    public static string Dll
    {
        get
        {
            string dll = Path.Combine(AppContext.BaseDirectory, "claimc.dll");
            File.Exists(dll).ShouldBeTrue($"claimc.dll should be built beside the tests, at {dll}");
            return dll;
        }
    }

    /// <summary>The dotnet host that runs the tests (so the same runtime runs claimc).</summary>
    public static string Dotnet => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    /// <summary>How to start claimc with <paramref name="args"/> in <paramref name="currentDirectory"/>; the caller may add to its environment.</summary>
    public static ProcessStartInfo StartInfo(string currentDirectory, params string[] args)
    {
        ProcessStartInfo start = ExternalTool.StartInfo(Dotnet, [Dll, .. args]);
        start.WorkingDirectory = currentDirectory;
        return start;
    }
}
