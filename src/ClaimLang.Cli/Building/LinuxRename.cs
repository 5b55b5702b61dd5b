using System.Runtime.InteropServices;

namespace ClaimLang.Cli.Building;

/// <summary>
/// Linux's atomic exchange of two names, through the C library (source-generated, so Native
/// AOT needs no reflection).
/// </summary>
internal static partial class LinuxRename
{
    private const int AtCurrentDirectory = -100;
    private const uint RenameExchange = 2;
    private const int InvalidArgument = 22; // EINVAL: this file system has no exchange
    private const int NotImplemented = 38; // ENOSYS: this kernel has no renameat2

    /// <summary>
    /// Swaps the entries named <paramref name="first"/> and <paramref name="second"/> in one step
    /// (<c>renameat2</c> with <c>RENAME_EXCHANGE</c>): at every moment each name holds one of the
    /// two. False, with nothing changed, where that cannot be done: not Linux, a kernel or file
    /// system without the exchange, a C library without the call.
    /// </summary>
    /// <exception cref="IOException">The exchange is offered but failed; nothing changed.</exception>
    public static bool TryExchange(string first, string second)
    {
        if (!OperatingSystem.IsLinux()) return false;
        int result;
        try
        {
            result = RenameAt2(AtCurrentDirectory, first, AtCurrentDirectory, second, RenameExchange);
        }
        catch (EntryPointNotFoundException)
        {
            // A C library older than the call (glibc before 2.28, older musl): ask the kernel directly.
            long? number = RenameAt2SystemCall;
            if (number is null) return false;
            result = (int)SystemCall(number.Value, AtCurrentDirectory, first, AtCurrentDirectory, second, RenameExchange);
        }
        catch (DllNotFoundException)
        {
            return false;
        }
        if (result == 0) return true;
        int error = Marshal.GetLastPInvokeError();
        if (error is InvalidArgument or NotImplemented) return false;
        throw new IOException($"cannot exchange '{first}' with '{second}': {Marshal.GetPInvokeErrorMessage(error)}");
    }

    // The number of renameat2 where the call is not in the C library; the same on every kernel of the architecture.
    private static long? RenameAt2SystemCall => RuntimeInformation.ProcessArchitecture switch
    {
        Architecture.X64 => 316,
        Architecture.Arm64 => 276,
        _ => null,
    };

    [LibraryImport("libc", EntryPoint = "renameat2", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int RenameAt2(int fromDirectory, string from, int toDirectory, string to, uint flags);

    [LibraryImport("libc", EntryPoint = "syscall", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial long SystemCall(long number, int fromDirectory, string from, int toDirectory, string to, uint flags);
}
