using System.Reflection;

namespace ClaimLang.LanguageServer.Hosting;

/// <summary>The version the server reports in serverInfo: the product version of this build.</summary>
internal static class ServerVersion
{
    public static string Text { get; } =
        typeof(ServerVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
