using System.Globalization;
using ClaimLang.Bench.Corpus.Cast;

namespace ClaimLang.Bench.Corpus.Output;

/// <summary>
/// Writes the declarations: units, metrics, sources (in blocks over several lines, as analysts
/// lay out the ones with many attributes), persons and entities (one line each).
/// </summary>
internal static class DeclarationWriter
{
    public static void Write(TextWriter writer, CorpusCast cast)
    {
        writer.WriteLine("// Units and metrics");
        foreach ((string name, string display, string kind) in Metrics.DeclaredUnits)
            writer.WriteLine($"unit {name} \"{display}\" {{ kind {kind} }}");
        foreach (Metric metric in Metrics.Flows.Concat(Metrics.Levels).Where(m => !m.IsBuiltIn))
        {
            string bounds = string.Concat(
                metric.Min is { } min ? " min " + min.ToString(CultureInfo.InvariantCulture) : "",
                metric.Max is { } max ? " max " + max.ToString(CultureInfo.InvariantCulture) : "");
            writer.WriteLine($"metric {metric.Name} \"{metric.DisplayName}\" {{ kind {(metric.IsFlow ? "flow" : "level")}  unit {metric.Unit}{bounds} }}");
        }

        writer.WriteLine();
        writer.WriteLine("// Sources");
        foreach (Source source in cast.Sources)
        {
            writer.WriteLine($"source {source.Name} \"{source.DisplayName}\" {{");
            writer.WriteLine($"  kind {source.Kind}");
            writer.WriteLine($"  published {source.Published}");
            if (source.Url is { } url) writer.WriteLine($"  url \"{url}\"");
            writer.WriteLine($"  reliability {source.Reliability}");
            writer.WriteLine("}");
        }

        writer.WriteLine();
        writer.WriteLine("// People quoted");
        foreach (Person person in cast.Speakers.Concat(cast.Dissenters))
            writer.WriteLine($"person {person.Name} \"{person.DisplayName}\" {{ role \"{person.Role}\" }}");

        writer.WriteLine();
        writer.WriteLine("// Countries, organisations and groups");
        foreach (Entity entity in cast.Entities)
        {
            string code = entity.Code is { } iso ? "  code " + iso : "";
            writer.WriteLine($"entity {entity.Name} \"{entity.DisplayName}\" {{ kind {entity.Kind}{code} }}");
        }
    }
}
