using ClaimLang.Bench;

// claimlang-bench parse DIR      parse every .claim file under DIR once, one file after another, keeping the trees, and report speed and peak memory
// claimlang-bench stages DIR     where parsing time goes: lexing, literal checks, parsing with tree building (warm, in-process)
// claimlang-bench checkstages DIR  where a whole check's time goes: parse, symbols, per-file checks, project checks, consistency (cold);
//                                  CLAIMLANG_BENCH_RETAINED=1 adds live memory per stage, CLAIMLANG_BENCH_GCINFO=1 the collector's last collections
// claimlang-bench editstages DIR [--interactive]  where one edit of DIR's largest file goes, warm: apply and parse, per-file checks, project checks,
//                                  consistency (--interactive: with the language server's options)
// claimlang-bench bigroup        the consistency engine on one flow group of 10,000 claims, cold and warm
// claimlang-bench group KIND FILE --claims N   write one flow group shaped to make the consistency check work hard (bench/groups.sh)
// claimlang-bench groupcheck FILE [ROUNDS]     the consistency engine alone on FILE, cold and then warm
// claimlang-bench allocations DIR  what a whole check allocates, by stage and type (sampled; run under the JIT)
// claimlang-bench jsonl FILE     the JSON Lines peer: deserialize the same records with System.Text.Json
// claimlang-bench gen OUT_DIR --claims N ...  write a corpus (and its records for the peers); every script makes its corpora with it
// claimlang-bench hostile KIND OUT_DIR [--bytes N]  write an adversarial project (hostile list: the kinds); bench/hostile.sh runs them
return args switch
{
    ["gen", .. var options] => GenerateCommand.Run(options),
    ["hostile", .. var options] => ClaimLang.Bench.Hostile.HostileCommand.Run(options),
    ["parse", var dir] => ParseBenchmark.Run(dir),
    ["stages", var dir] => StageProfile.Run(dir),
    ["jsonl", var file] => JsonLinesBaseline.Run(file),
    ["checkstages", var dir] => CheckProfile.Run(dir),
    ["allocations", var dir] => AllocationProfile.Run(dir),
    ["editstages", var dir] => EditProfile.Run(dir, interactive: false),
    ["editstages", var dir, "--interactive"] => EditProfile.Run(dir, interactive: true),
    ["bigroup"] => BigGroupBenchmark.Run(),
    ["group", .. var options] => GroupCommand.Write(options),
    ["groupcheck", var file] => GroupCommand.Check(file, 3),
    ["groupcheck", var file, var rounds] => GroupCommand.Check(file, int.Parse(rounds, System.Globalization.CultureInfo.InvariantCulture)),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: claimlang-bench parse DIR | stages DIR | checkstages DIR | editstages DIR | allocations DIR | bigroup | group KIND FILE --claims N | groupcheck FILE | jsonl FILE | gen OUT_DIR --claims N ... | hostile KIND OUT_DIR [--bytes N]   (the bench/*.sh scripts run gen, parse, stages, jsonl, hostile and group)");
    return 2;
}
