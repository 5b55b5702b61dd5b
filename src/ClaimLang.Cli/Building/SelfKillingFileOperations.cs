using System.Globalization;
using System.Runtime.InteropServices;

namespace ClaimLang.Cli.Building;

/// <summary>
/// For tests only: the disk's file operations, except that the process kills itself with
/// SIGKILL just before operation number <c>CLAIMC_TEST_KILL_AT_STEP</c> (counted from 0), as
/// a power cut or the out-of-memory killer would stop a build. A test runs claimc once per step
/// and checks what each kill leaves at the output path. Without the variable, claimc never
/// uses this.
/// </summary>
internal sealed partial class SelfKillingFileOperations : DatasetFileOperations
{
    public const string Variable = "CLAIMC_TEST_KILL_AT_STEP";
    private const int KillSignal = 9;

    private readonly int _killAt;
    private int _steps;

    private SelfKillingFileOperations(int killAt) => _killAt = killAt;

    /// <summary>The kill switch the environment asks for; null when the variable is not set (or not a step number), or not on Unix.</summary>
    public static SelfKillingFileOperations? FromEnvironment() =>
        !OperatingSystem.IsWindows() &&
        int.TryParse(Environment.GetEnvironmentVariable(Variable), NumberStyles.None, CultureInfo.InvariantCulture, out int step)
            ? new SelfKillingFileOperations(step)
            : null;

    public override void Move(string from, string to)
    {
        Step();
        base.Move(from, to);
    }

    public override bool Exchange(string first, string second)
    {
        Step();
        return base.Exchange(first, second);
    }

    public override void Delete(string folder)
    {
        Step();
        base.Delete(folder);
    }

    private void Step()
    {
        if (_steps++ == _killAt) Kill(Environment.ProcessId, KillSignal); // returns no more
    }

    [LibraryImport("libc", EntryPoint = "kill")]
    private static partial int Kill(int processId, int signal);
}
