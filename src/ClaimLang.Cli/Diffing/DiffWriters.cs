using ClaimLang.Emit;

namespace ClaimLang.Cli.Diffing;

/// <summary>Picks the writer for a diff format.</summary>
internal static class DiffWriters
{
    public static void Write(DatasetDifference difference, DiffFormat format, string oldName, string newName, TextWriter output)
    {
        switch (format)
        {
            case DiffFormat.Markdown:
                MarkdownDiffWriter.Write(difference, oldName, newName, output);
                break;
            case DiffFormat.Json:
                JsonDiffWriter.Write(difference, oldName, newName, output);
                break;
            default:
                TextDiffWriter.Write(difference, oldName, newName, output);
                break;
        }
    }
}
