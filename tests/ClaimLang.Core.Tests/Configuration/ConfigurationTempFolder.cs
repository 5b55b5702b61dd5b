namespace ClaimLang.Core.Tests.Configuration;

/// <summary>A fresh folder under the system temp folder for file-system tests, deleted on dispose.</summary>
internal sealed class ConfigurationTempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("claimlang-config-").FullName;

    /// <summary>The absolute path of a '/'-separated path below the folder.</summary>
    public string Combine(string relativePath) =>
        System.IO.Path.Combine(Path, relativePath.Replace('/', System.IO.Path.DirectorySeparatorChar));

    /// <summary>Writes a file, creating folders on the way, and returns its absolute path.</summary>
    public string Write(string relativePath, string content = "")
    {
        string fullPath = Combine(relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(fullPath)!);
        File.WriteAllText(fullPath, content);
        return fullPath;
    }

    public string CreateFolder(string relativePath) => Directory.CreateDirectory(Combine(relativePath)).FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing a passed test over it is not.
        }
    }
}
