namespace ClaimLang.Core.Tests.TestSupport;

/// <summary>A broken full-fidelity rule; the property tests shrink the input that caused it.</summary>
internal sealed class FidelityException : Exception
{
    public FidelityException(string message) : base(message)
    {
    }

    public FidelityException(string message, Exception inner) : base(message, inner)
    {
    }
}
