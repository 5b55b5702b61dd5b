using ClaimLang.Cli.Building;
using ClaimLang.Cli.Tests.TestSupport;

namespace ClaimLang.Cli.Tests.Building;

/// <summary>The call to Linux's atomic exchange: it swaps two names, and a failure other than "not offered here" is an error that names them.</summary>
public sealed class LinuxRenameTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [SkippableFact]
    public void Two_folders_swap_names()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "the exchange is Linux's renameat2");
        _folder.Write("a/file.txt", "was a\n");
        _folder.Write("b/file.txt", "was b\n");

        LinuxRename.TryExchange(_folder.Combine("a"), _folder.Combine("b")).ShouldBeTrue();

        File.ReadAllText(_folder.Combine("a/file.txt")).ShouldBe("was b\n");
        File.ReadAllText(_folder.Combine("b/file.txt")).ShouldBe("was a\n");
    }

    [SkippableFact]
    public void A_missing_folder_is_an_error_that_names_both_and_changes_nothing()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "the exchange is Linux's renameat2");
        _folder.Write("a/file.txt", "was a\n");

        IOException failure = Should.Throw<IOException>(() => LinuxRename.TryExchange(_folder.Combine("a"), _folder.Combine("missing")));

        failure.Message.ShouldContain($"cannot exchange '{_folder.Combine("a")}' with '{_folder.Combine("missing")}'");
        File.ReadAllText(_folder.Combine("a/file.txt")).ShouldBe("was a\n");
    }

    [SkippableFact]
    public void Elsewhere_no_exchange_is_offered_and_nothing_changes()
    {
        Skip.If(OperatingSystem.IsLinux(), "Linux offers the exchange; the tests above check it");
        _folder.Write("a/file.txt", "was a\n");
        _folder.Write("b/file.txt", "was b\n");

        LinuxRename.TryExchange(_folder.Combine("a"), _folder.Combine("b")).ShouldBeFalse();

        File.ReadAllText(_folder.Combine("a/file.txt")).ShouldBe("was a\n");
    }
}
