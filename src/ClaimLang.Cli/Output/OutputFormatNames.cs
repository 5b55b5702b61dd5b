namespace ClaimLang.Cli.Output;

/// <summary>The spellings of <see cref="OutputFormat"/> on the command line (docs/language.md, "The tool: claimc").</summary>
internal static class OutputFormatNames
{
    public const string Text = "text";
    public const string MsBuild = "msbuild";
    public const string Json = "json";
    public const string Sarif = "sarif";
    public const string GitHub = "github";

    /// <summary>In the order the help lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [Text, MsBuild, Json, Sarif, GitHub];

    public static OutputFormat Parse(string name) => name switch
    {
        Text => OutputFormat.Text,
        MsBuild => OutputFormat.MsBuild,
        Json => OutputFormat.Json,
        Sarif => OutputFormat.Sarif,
        GitHub => OutputFormat.GitHub,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "not an output format"),
    };
}
