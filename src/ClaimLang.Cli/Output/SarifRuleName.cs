using System.Text;

namespace ClaimLang.Cli.Output;

/// <summary>
/// A SARIF rule name from a descriptor title: its words in PascalCase without punctuation
/// ("'as of' later than the source's published date" becomes AsOfLaterThanTheSourcesPublishedDate).
/// </summary>
internal static class SarifRuleName
{
    public static string FromTitle(string title)
    {
        var name = new StringBuilder(title.Length);
        bool startOfWord = true;
        foreach (char c in title)
        {
            if (char.IsLetterOrDigit(c))
            {
                name.Append(startOfWord ? char.ToUpperInvariant(c) : c);
                startOfWord = false;
            }
            else if (c is not ('\'' or '\u2019'))
            {
                // An apostrophe stays inside its word (source's -> Sources); anything else ends it.
                startOfWord = true;
            }
        }
        return name.ToString();
    }
}
