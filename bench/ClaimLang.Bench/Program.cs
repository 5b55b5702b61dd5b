using ClaimLang.Bench;

// claimlang-bench parse DIR      parse every .claim file under DIR once, as `claimc check` does, and report speed and peak memory
// claimlang-bench stages DIR     where parsing time goes: lexing, parsing, literal checks, tree building (warm, in-process)
return args switch
{
    ["parse", var dir] => ParseBenchmark.Run(dir),
    ["stages", var dir] => StageProfile.Run(dir),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: claimlang-bench parse DIR | stages DIR   (bench/parse.sh runs both on generated corpora)");
    return 2;
}
