using ClaimLang.Bench;

// claimlang-bench parse DIR      parse every .claim file under DIR once, one file after another, keeping the trees, and report speed and peak memory
// claimlang-bench stages DIR     where parsing time goes: lexing, literal checks, parsing with tree building (warm, in-process)
// claimlang-bench checkstages DIR  where a whole check's time goes: parse, symbols, per-file checks, project checks, consistency (cold);
//                                  CLAIMLANG_BENCH_RETAINED=1 adds live memory per stage, CLAIMLANG_BENCH_GCINFO=1 the collector's last collections
// claimlang-bench editstages DIR  where one edit of DIR's largest file goes, warm: apply and parse, per-file checks, project checks, consistency
// claimlang-bench bigroup        the consistency engine on one flow group of 10,000 claims, cold and warm
// claimlang-bench allocations DIR  what a whole check allocates, by stage and type (sampled; run under the JIT)
// claimlang-bench jsonl FILE     the JSON Lines peer: deserialize the same records with System.Text.Json
// claimlang-bench gen OUT_DIR --claims N ...  write a corpus (and its records for the peers); every script makes its corpora with it
return args switch
{
    ["gen", .. var options] => GenerateCommand.Run(options),
    ["parse", var dir] => ParseBenchmark.Run(dir),
    ["stages", var dir] => StageProfile.Run(dir),
    ["jsonl", var file] => JsonLinesBaseline.Run(file),
    ["checkstages", var dir] => CheckProfile.Run(dir),
    ["allocations", var dir] => AllocationProfile.Run(dir),
    ["editstages", var dir] => EditProfile.Run(dir),
    ["bigroup"] => BigGroupBenchmark.Run(),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: claimlang-bench parse DIR | stages DIR | checkstages DIR | editstages DIR | allocations DIR | bigroup | jsonl FILE | gen OUT_DIR --claims N ...   (the bench/*.sh scripts run gen, parse, stages and jsonl)");
    return 2;
}
