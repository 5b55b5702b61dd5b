using ClaimLang.Editing;
using ClaimLang.LanguageServer.Protocol;
using CoreCompletionList = ClaimLang.Editing.CompletionList;
using LspCompletionItem = ClaimLang.LanguageServer.Protocol.CompletionItem;
using LspCompletionList = ClaimLang.LanguageServer.Protocol.CompletionList;

namespace ClaimLang.LanguageServer.Handlers;

/// <summary>textDocument/completion: keywords, declared names of the kind that fits, units and metrics.</summary>
internal static class CompletionHandler
{
    /// <summary>Typed characters after which completion opens by itself: a rate's slash (<c>USD/</c>) and the flow arrow (<c>-&gt;</c>).</summary>
    public static readonly string[] TriggerCharacters = ["/", ">"];

    public static LspCompletionList Complete(DocumentRequest request)
    {
        CoreCompletionList completions = Completions.GetCompletions(request.Model, request.Offset);
        LspRange replace = request.RangeOf(completions.ReplaceSpan);
        var items = completions.Items
            .Select((item, index) => new LspCompletionItem(
                item.Label,
                KindOf(item.Kind),
                item.Detail,
                item.Documentation is null ? null : new MarkupContent("plaintext", item.Documentation),
                new TextEdit(replace, item.Label),
                // The core's order (what fits best first) is kept; editors sort by this text.
                SortText: index.ToString("D5", System.Globalization.CultureInfo.InvariantCulture)))
            .ToArray();
        // Incomplete when the core cut a long list: the editor asks again as the word grows.
        return new LspCompletionList(completions.IsIncomplete, items);
    }

    /// <summary>The protocol's CompletionItemKind numbers, chosen for the icon editors show.</summary>
    private static int KindOf(CompletionItemKind kind) => kind switch
    {
        CompletionItemKind.Keyword => 14,
        CompletionItemKind.Source => 9,  // Module
        CompletionItemKind.Person => 8,  // Interface
        CompletionItemKind.Entity => 22, // Struct
        CompletionItemKind.Metric => 10, // Property
        CompletionItemKind.Unit => 11,   // Unit
        CompletionItemKind.Attribute => 5, // Field
        CompletionItemKind.Value => 20,  // EnumMember
        _ => 1,
    };
}
