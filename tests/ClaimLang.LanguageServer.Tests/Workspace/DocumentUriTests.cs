using ClaimLang.LanguageServer.Workspace;

namespace ClaimLang.LanguageServer.Tests.Workspace;

/// <summary>
/// DocumentUri: file URIs to paths and back, however an editor spells them (percent-encoded
/// spaces and letters), and documents of other schemes, which are known by their URI alone.
/// </summary>
public sealed class DocumentUriTests
{
    [Fact]
    public void A_file_URI_is_its_path()
    {
        DocumentUri.ToPath("file:///tmp/project/aid.claim").ShouldBe("/tmp/project/aid.claim");
    }

    [Theory]
    [InlineData("file:///tmp/my%20project/aid%20notes.claim", "/tmp/my project/aid notes.claim")]
    [InlineData("file:///tmp/%C3%A9t%C3%A9/caf%C3%A9.claim", "/tmp/été/café.claim")]
    [InlineData("file:///tmp/%F0%9F%98%80/x.claim", "/tmp/😀/x.claim")]
    [InlineData("file:///tmp/100%25/x.claim", "/tmp/100%/x.claim")]
    [InlineData("file:///tmp/a%23b/x.claim", "/tmp/a#b/x.claim")]
    [InlineData("file:///tmp/a%5Bb%5D/x.claim", "/tmp/a[b]/x.claim")]
    public void Percent_encoded_characters_are_decoded(string uri, string path)
    {
        DocumentUri.ToPath(uri).ShouldBe(path);
    }

    [Theory]
    [InlineData("file://localhost/tmp/project/aid.claim")]
    [InlineData("file://LOCALHOST/tmp/project/aid.claim")]
    public void A_localhost_URI_names_this_machine(string uri)
    {
        DocumentUri.ToPath(uri).ShouldBe("/tmp/project/aid.claim");
    }

    [Fact]
    public void Dot_segments_are_resolved()
    {
        DocumentUri.ToPath("file:///tmp/project/drafts/../aid.claim").ShouldBe("/tmp/project/aid.claim");
    }

    [Theory]
    [InlineData("untitled:Untitled-1")]
    [InlineData("https://example.org/aid.claim")]
    [InlineData("vscode-notebook-cell:/tmp/a.claim#cell1")]
    [InlineData("not a uri")]
    [InlineData("")]
    [InlineData("aid.claim")]
    public void A_URI_of_another_scheme_or_no_URI_has_no_path(string uri)
    {
        DocumentUri.ToPath(uri).ShouldBeNull();
    }

    [Theory]
    [InlineData("/tmp/project/aid.claim")]
    [InlineData("/tmp/my project/aid notes.claim")]
    [InlineData("/tmp/été/café 😀.claim")]
    [InlineData("/tmp/100%/x.claim")]
    [InlineData("/tmp/a#b/x.claim")]
    [InlineData("/tmp/a?b/x.claim")]
    public void A_path_goes_to_a_URI_and_back(string path)
    {
        string uri = DocumentUri.FromPath(path);

        uri.ShouldStartWith("file:///");
        DocumentUri.ToPath(uri).ShouldBe(path);
    }

    [Fact]
    public void A_path_with_spaces_and_letters_beyond_ASCII_is_percent_encoded_as_editors_encode_it()
    {
        DocumentUri.FromPath("/tmp/my project/café.claim").ShouldBe("file:///tmp/my%20project/caf%C3%A9.claim");
    }

    [Fact]
    public void Two_spellings_of_one_file_have_one_key()
    {
        DocumentUri.KeyOf("file:///tmp/my%20project/caf%C3%A9.claim").ShouldBe(DocumentUri.KeyOf("file:///tmp/my project/café.claim"));
        DocumentUri.KeyOf("file:///tmp/project/aid%2Eclaim").ShouldBe(DocumentUri.KeyOf("file:///tmp/project/aid.claim"));
    }

    [Fact]
    public void The_host_localhost_is_this_machine()
    {
        // RFC 8089, section 2: "file://localhost/path" and "file:///path" name the same file.
        DocumentUri.ToPath("file://localhost/tmp/project/aid.claim").ShouldBe("/tmp/project/aid.claim");
    }

    [Fact]
    public void A_document_of_another_scheme_is_keyed_by_its_URI()
    {
        DocumentUri.KeyOf("untitled:Untitled-1").ShouldBe("untitled:Untitled-1");
    }
}
