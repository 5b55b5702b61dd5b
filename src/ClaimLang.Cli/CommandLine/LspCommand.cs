using System.CommandLine;
using ClaimLang.LanguageServer.Hosting;

namespace ClaimLang.Cli.CommandLine;

/// <summary><c>claimc lsp</c>: the language server, speaking the Language Server Protocol over standard input and output.</summary>
internal static class LspCommand
{
    public static Command Create(ClaimcEnvironment environment)
    {
        // Clients started over stdio pass these (vscode-languageclient adds --stdio, some add
        // the client's process id); stdio is the only transport, so they change nothing.
        var stdio = new Option<bool>("--stdio") { Description = "Talk over standard input and output (the default and only transport)." };
        var clientProcessId = new Option<int?>("--clientProcessId") { Description = "Accepted for clients that pass it; unused.", Hidden = true };

        var command = new Command("lsp", "Run the language server over standard input and output, for editors.")
        {
            stdio, clientProcessId,
        };
        command.SetAction(async (_, cancellationToken) =>
        {
            (Stream input, Stream output) = environment.OpenStandardStreams();
            await using (input)
            await using (output)
            return await LanguageServerHost.RunAsync(input, output, environment.Error).WaitAsync(cancellationToken).ConfigureAwait(false);
        });
        return command;
    }
}
