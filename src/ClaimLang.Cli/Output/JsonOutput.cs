using System.Text.Encodings.Web;
using System.Text.Json;

namespace ClaimLang.Cli.Output;

/// <summary>Writes a JSON document to a text writer with the options every JSON format shares.</summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // The same bytes on every platform: a report checked into a repository must not churn.
        NewLine = "\n",
        // Messages quote names and text from .claim files; escaping every non-ASCII letter
        // would make the output unreadable. The documents are never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(TextWriter output, Action<Utf8JsonWriter> writeDocument)
    {
        using (var writer = new Utf8JsonWriter(new TextWriterUtf8Sink(output), Options))
        {
            writeDocument(writer);
        }
        output.Write('\n');
    }
}
