namespace ClaimLang.Cli.Tests.TestSupport;

/// <summary>The smallest project that builds a dataset: one file of declarations and one claim; and a second claim, so that a rebuild writes a different dataset.</summary>
public static class SmallProject
{
    public const string Declarations =
        "source BBC \"BBC Persian\" { kind broadcaster }\nentity Iran { kind country }\nentity Syria { kind country }\n" +
        "metric aid \"Aid\" { kind flow  unit USD }\n";

    public const string Claim = "source BBC says Iran -> Syria aid 36e9 USD 2011..2016\n";

    public const string AnotherClaim = "source BBC says Iran -> Syria aid 4.6e9 USD 2012\n";

    /// <summary>Writes decls.claim and aid.claim into <paramref name="project"/>, a '/'-separated folder under <paramref name="folder"/>.</summary>
    public static void Write(TempFolder folder, string project)
    {
        folder.Write(project + "/decls.claim", Declarations);
        folder.Write(project + "/aid.claim", Claim);
    }

    /// <summary>Adds more.claim, with <see cref="AnotherClaim"/>, to the project.</summary>
    public static void AddClaim(TempFolder folder, string project) => folder.Write(project + "/more.claim", AnotherClaim);
}
