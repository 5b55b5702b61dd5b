using System.CommandLine;
using ClaimLang.Diagnostics;

namespace ClaimLang.Cli.CommandLine;

/// <summary><c>claimc explain CODE</c>: the long explanation of a diagnostic code; without a code, the list of all codes.</summary>
internal static class ExplainCommand
{
    public static Command Create()
    {
        var code = new Argument<string?>("CODE")
        {
            Description = "A diagnostic code such as CL0001 (any case). Without it, all codes are listed.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var list = new Option<bool>("--list")
        {
            Description = "List every diagnostic code with its default severity and title.",
        };

        var command = new Command("explain", "Explain a diagnostic code: its title, default severity and what to do about it.")
        {
            code, list,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(list) && result.GetValue(code) is not null)
            {
                result.AddError("give either a CODE or --list, not both");
            }
        });

        command.SetAction(parseResult =>
        {
            TextWriter output = parseResult.InvocationConfiguration.Output;
            string? requested = parseResult.GetValue(code);
            return requested is null ? ListCodes(output) : Explain(requested, output);
        });
        return command;
    }

    private static int ListCodes(TextWriter output)
    {
        foreach (DiagnosticDescriptor descriptor in DiagnosticDescriptors.All)
        {
            output.WriteLine($"{descriptor.Id}  {descriptor.DefaultSeverity.ToText(),-7}  {descriptor.Title}");
        }
        return ExitCodes.Success;
    }

    private static int Explain(string requested, TextWriter output)
    {
        DiagnosticDescriptor descriptor = DiagnosticDescriptors.Find(requested.Trim())
            ?? throw new CliErrorException(
                $"unknown diagnostic code '{requested}'. Run 'claimc explain --list' to see all codes.");

        output.WriteLine($"{descriptor.Id}: {descriptor.Title}");
        output.WriteLine($"Default severity: {descriptor.DefaultSeverity.ToText()}");
        string help = descriptor.HelpText.Trim();
        if (help.Length > 0)
        {
            output.WriteLine();
            // Explanations are stored with '\n'; writing line by line gives the platform's line ends.
            foreach (string line in help.Split('\n'))
            {
                output.WriteLine(line);
            }
        }
        return ExitCodes.Success;
    }
}
