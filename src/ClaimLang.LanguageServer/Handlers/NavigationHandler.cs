using ClaimLang.Editing;
using ClaimLang.LanguageServer.Protocol;

namespace ClaimLang.LanguageServer.Handlers;

/// <summary>Go to definition, find references and the same-document highlights of a name.</summary>
internal static class NavigationHandler
{
    public static LspLocation? Definition(DocumentRequest request) =>
        Navigation.GetDefinition(request.Model, request.Offset) is { } location ? LocationConverter.ToLsp(location, request.Snapshot) : null;

    public static LspLocation[] References(DocumentRequest request, bool includeDeclaration) =>
        [.. Navigation.FindReferences(request.Model, request.Offset, includeDeclaration)
            .Select(location => LocationConverter.ToLsp(location, request.Snapshot))
            .OfType<LspLocation>()];

    /// <summary>Kind 1 (text): a name is neither read nor written here.</summary>
    public static DocumentHighlight[] Highlights(DocumentRequest request) =>
        [.. Navigation.GetHighlights(request.Model, request.Offset).Select(span => new DocumentHighlight(request.RangeOf(span), 1))];
}
