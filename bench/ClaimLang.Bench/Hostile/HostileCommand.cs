using System.Globalization;

namespace ClaimLang.Bench.Hostile;

/// <summary>
/// claimlang-bench hostile KIND OUT_DIR [--bytes N]: writes an adversarial project of about N
/// bytes (default 1 MiB) into OUT_DIR, replacing what is there; <c>hostile list</c> names the kinds.
/// </summary>
internal static class HostileCommand
{
    public const string Usage = "claimlang-bench hostile KIND OUT_DIR [--bytes N]  |  claimlang-bench hostile list";

    public static int Run(IReadOnlyList<string> arguments)
    {
        if (arguments is ["list"])
        {
            foreach (IHostileInput input in HostileKinds.All) Console.WriteLine($"{input.Kind}\t{input.Attack}");
            return 0;
        }
        if (arguments.Count is not (2 or 4) || (arguments.Count == 4 && arguments[2] != "--bytes")
            || HostileKinds.Find(arguments[0]) is not { } kind)
        {
            Console.Error.WriteLine("usage: " + Usage);
            Console.Error.WriteLine("kinds: " + string.Join(' ', HostileKinds.All.Select(k => k.Kind)));
            return 2;
        }
        long bytes = 1 << 20;
        if (arguments.Count == 4 && (!long.TryParse(arguments[3], NumberStyles.None, CultureInfo.InvariantCulture, out bytes) || bytes < 1024))
        {
            Console.Error.WriteLine("hostile: --bytes takes a whole number of at least 1024");
            return 2;
        }
        string folder = Path.GetFullPath(arguments[1]);
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        kind.Write(folder, bytes);
        long written = Directory.EnumerateFiles(folder, "*.claim", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"hostile {kind.Kind}: {written} bytes under {folder} ({kind.Attack})"));
        return 0;
    }
}
