using ClaimLang.Text;

namespace ClaimLang.Cli.Formatting;

/// <summary>
/// Replaces a source file's text with its formatted text, in the file's own encoding, so that a
/// failure at any moment leaves either the old file or the new one, never a part of either: the
/// new text goes to a temporary file beside it, which is then moved over it. The file keeps its
/// permissions, owner and group, and a file with several names (hard links) is rewritten in place
/// so that every name sees the new text.
/// </summary>
internal static class SourceFileWriter
{
    /// <summary>
    /// Writes <paramref name="formattedText"/> to the file at <paramref name="path"/> (through
    /// links, to the file they lead to), if the file still holds exactly <paramref name="readText"/>.
    /// </summary>
    /// <exception cref="IOException">The file cannot be read or written, has changed since it was read, or is not valid in its encoding.</exception>
    /// <exception cref="UnauthorizedAccessException">The file or its folder may not be written.</exception>
    public static void Replace(string path, string readText, string formattedText)
    {
        string target = File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? path;
        byte[] bytes = File.ReadAllBytes(target);
        var encoding = SourceFileEncoding.Of(bytes);
        RequireUnchanged(bytes, encoding, readText);

        string temporary = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        UnixFileStatus? status = UnixFileStatus.Of(target);
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                stream.Write(bytes, 0, encoding.MarkLength);
                stream.Write(encoding.Encoding.GetBytes(formattedText));
            }
            // A new file gets default permissions; the formatted one keeps the original's.
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(temporary, File.GetUnixFileMode(target));
            if (KeepsItsIdentity(status, temporary))
            {
                File.Move(temporary, target, overwrite: true);
            }
            else
            {
                // A file with other names (hard links) or another owner that cannot be given to
                // a new file is rewritten where it is: its names, owner and group stay.
                File.Copy(temporary, target, overwrite: true);
                File.Delete(temporary);
            }
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    // Whether moving the new file over the old one keeps what the old one was to others: it has
    // one name only, and the new file has (or can be given) its owner and group.
    private static bool KeepsItsIdentity(UnixFileStatus? original, string temporary)
    {
        if (original is null) return true;
        if (original.Links > 1) return false;
        UnixFileStatus? made = UnixFileStatus.Of(temporary);
        if (made is null || (made.Owner == original.Owner && made.Group == original.Group)) return true;
        return original.TryApplyOwnerTo(temporary);
    }

    // The text was read with invalid bytes replaced by U+FFFD (inside a comment or a string they
    // are no syntax error); writing it back would replace them for good. And a file saved since it
    // was read would lose that edit. Either way the file is left alone.
    private static void RequireUnchanged(byte[] bytes, SourceFileEncoding encoding, string readText)
    {
        string current;
        try
        {
            current = encoding.Encoding.GetString(bytes, encoding.MarkLength, bytes.Length - encoding.MarkLength);
        }
        catch (System.Text.DecoderFallbackException)
        {
            throw new IOException($"it is not valid {encoding.Encoding.WebName}, and writing it would replace the bytes that are not; save it as {encoding.Encoding.WebName} and run again");
        }
        if (current != readText) throw new IOException("it changed while it was being formatted; run claimc fmt again");
    }
}
