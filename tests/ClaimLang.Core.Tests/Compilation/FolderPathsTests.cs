using ClaimLang.Compilation;

namespace ClaimLang.Core.Tests.Compilation;

public sealed class FolderPathsTests
{
    private static string Full(string path) => Path.GetFullPath(path, Path.GetTempPath());

    [Theory]
    [InlineData("proj", "proj/a.claim", "a.claim")]
    [InlineData("proj", "proj/sub/b.claim", "sub/b.claim")]
    [InlineData("proj", "proj", ".")]
    [InlineData("proj", "proj2/a.claim", null)]   // a sibling whose name starts the same is not inside
    [InlineData("proj/sub", "proj/a.claim", null)]
    [InlineData("proj", "..", null)]
    public void A_path_is_inside_a_folder_only_at_or_below_it(string folder, string path, string? expected) =>
        FolderPaths.RelativeInside(Full(folder), Full(path)).ShouldBe(expected?.Replace('/', Path.DirectorySeparatorChar));
}
