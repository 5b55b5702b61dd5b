namespace ClaimLang.Cli;

/// <summary>
/// A failure of the run itself rather than a finding in the checked files: a missing path, an
/// unreadable file, an unwritable output. <see cref="ClaimcApp"/> prints the message and exits with
/// <see cref="ExitCodes.UsageOrIoError"/>, never with a stack trace.
/// </summary>
internal sealed class CliErrorException : Exception
{
    public CliErrorException(string message) : base(message)
    {
    }

    public CliErrorException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
