using System.Text;
using ClaimLang.Text;

namespace ClaimLang.Configuration;

/// <summary>
/// Reads <c>claimlang.json</c> (docs/language.md, "Configuration"). Every problem becomes a CL9001
/// diagnostic at the line and column of the token at fault; nothing throws for a bad file.
/// The JSON may hold comments and trailing commas (see docs/configuration.md).
/// </summary>
internal static class ConfigurationLoader
{
    // Like .claim files: a BOM is accepted, invalid bytes become U+FFFD and are then reported
    // where they occur, instead of failing the read.
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>Reads the file at <paramref name="path"/>; its diagnostics name it as written.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be read.</exception>
    public static ConfigurationLoadResult Load(string path) => Load(path, path);

    /// <summary>
    /// Reads the file at <paramref name="path"/> (relative paths resolve against the process'
    /// current folder, as for any file API; claimc passes absolute ones). Diagnostics name the
    /// file <paramref name="displayPath"/>, the spelling the user sees in reports.
    /// </summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be read.</exception>
    public static ConfigurationLoadResult Load(string path, string displayPath)
    {
        ArgumentNullException.ThrowIfNull(path);
        string fullPath = Path.GetFullPath(path);
        return Parse(File.ReadAllText(fullPath, Utf8), fullPath, displayPath);
    }

    /// <summary>
    /// Reads a configuration from its <paramref name="text"/>, as if it were the file at
    /// <paramref name="path"/> (whose folder the globs are relative to). Diagnostics name the file
    /// <paramref name="displayPath"/>, or <paramref name="path"/> when it is null.
    /// </summary>
    public static ConfigurationLoadResult Parse(string text, string path, string? displayPath = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(path);
        string fullPath = Path.GetFullPath(path);
        var sourceText = SourceText.From(text);
        var problems = new ConfigurationProblems(new SourceDocument(displayPath ?? path, fullPath), sourceText);
        ClaimLangConfiguration defaults = ClaimLangConfiguration.Default(Path.GetDirectoryName(fullPath) ?? fullPath) with { FilePath = fullPath };

        ClaimLangConfiguration configuration = defaults;
        if (JsonTreeReader.TryRead(text, out JsonTreeNode? root, out JsonSyntaxError? error))
        {
            configuration = ConfigurationValidator.Validate(root, defaults, problems);
        }
        else
        {
            problems.Report(error.Span, SyntaxErrorMessage(error));
        }
        return new ConfigurationLoadResult(configuration, problems.Diagnostics, sourceText);
    }

    private static string SyntaxErrorMessage(JsonSyntaxError error) =>
        error.HasNoValue
            ? $"{ClaimLangConfiguration.FileName} holds no JSON value; write {{}} to use the defaults, or delete the file"
            : $"this is not valid JSON: {error.Reason} Correct the text at this position (comments and trailing commas are allowed)";
}
