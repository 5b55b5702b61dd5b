using ClaimLang.Cli.Output;
using ClaimLang.Cli.Tests.TestSupport;

namespace ClaimLang.Cli.Tests.Output;

[UseGermanCulture]
public sealed class FileUriTests
{
    [Theory]
    [InlineData("a.claim", "a.claim")]
    [InlineData("aid/iran.claim", "aid/iran.claim")]
    [InlineData("../other/a b.claim", "../other/a%20b.claim")]
    [InlineData("x:y.claim", "x%3Ay.claim")]
    [InlineData("Übersicht/ä.claim", "%C3%9Cbersicht/%C3%A4.claim")]
    public void Escapes_each_segment_of_a_relative_path(string path, string expected) =>
        FileUri.FromRelativePath(path).ShouldBe(expected);

    [Fact]
    public void Makes_folder_uris_end_with_a_slash()
    {
        string uri = FileUri.FromAbsolutePath(Path.GetFullPath("/work/my project"), isDirectory: true);

        uri.ShouldStartWith("file:///");
        uri.ShouldEndWith("/work/my%20project/");
    }

    [Fact]
    public void Keeps_the_drive_letter_of_a_windows_path() =>
        FileUri.FromAbsolutePath("C:/work/a b.claim", isDirectory: false).ShouldBe("file:///C:/work/a%20b.claim");

    [Fact]
    public void Keeps_the_server_of_a_unc_path_as_the_authority() =>
        FileUri.FromAbsolutePath("//server/share/a.claim", isDirectory: false).ShouldBe("file://server/share/a.claim");
}
