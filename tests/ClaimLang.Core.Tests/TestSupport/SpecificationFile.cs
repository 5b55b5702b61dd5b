namespace ClaimLang.Core.Tests.TestSupport;

/// <summary>The shared specification, LANGUAGE.md. A test that needs it fails, never skips, when it is not there.</summary>
internal static class SpecificationFile
{
    public static string Read()
    {
        string path = RepositoryLayout.SpecificationFile;
        File.Exists(path).ShouldBeTrue(
            $"The specification was not found at {path}. The tests expect the shared folder beside the repository " +
            "(../shared/LANGUAGE.md from the folder holding ClaimLang.sln), as CI lays it out.");
        return SourceFiles.Read(path);
    }
}
