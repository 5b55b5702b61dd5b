#!/usr/bin/env bash
# The consistency issue's comparison, one command: bash bench/peers.sh [CLAIMS]
# Times, in the same run and on the same records (`claimlang-bench gen` writes them for each tool):
#   claimc check          the whole check (parse, bind, all checks, consistency), native and JIT
#   hledger check         hledger's checks on the same records as a journal
#   System.Text.Json      deserializing the same records from JSON Lines, native and JIT
# Each is a fresh process, three runs; wall time and peak memory from GNU time. Targets
# (the consistency issue): claimc at most 1/8 of hledger's time and at most 2x the JSON Lines
# time, peak memory under 150 MB, on 100k claims.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
here=$bench_dir
root=$repo_root
n=${1:-100000}
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install time" >&2; exit 2; }
command -v hledger >/dev/null || { echo "needs hledger: apt-get update && apt-get install hledger" >&2; exit 2; }
peers="$bench_dir/corpus/peers-c$n-files"
# The peer files are written with the corpus: without them, make both again.
[ -f "$peers/claims.jsonl" ] || rm -rf "$bench_dir/corpus/peers-c$n"
mkdir -p "$peers"
corpus=$(ensure_corpus "peers-c$n" "$n" --hledger "$peers/claims.journal" --jsonl "$peers/claims.jsonl")
dotnet build "$root/src/ClaimLang.Cli" -c Release --nologo -v quiet >/dev/null
dotnet build "$here/ClaimLang.Bench" -c Release --nologo -v quiet >/dev/null
native_claimc=$(publish_native "$root/src/ClaimLang.Cli" "$here/out/claimc")/claimc
native_bench=$(publish_native "$here/ClaimLang.Bench" "$here/out/bench")/ClaimLang.Bench

measure() { # name, command...
  local name=$1; shift
  local stats; stats=$(mktemp)
  for run in 1 2 3; do
    /usr/bin/time -f "%e %M" -o "$stats" "$@" >/dev/null 2>&1 || true  # claimc exits 1 when it finds conflicts
    read -r seconds kilobytes < <(tail -1 "$stats")
    echo "$name run $run: $seconds s, peak $((kilobytes / 1024)) MiB"
  done
  rm -f "$stats"
}
# claimc ships native where it can (README.md); the JIT figures are for platforms without a
# native package. The JSON Lines peer is measured both ways too, so that each comparison is
# between programs run the same way.
measure "claimc check (native)" "$native_claimc" check "$corpus" --format msbuild
measure "claimc check (JIT)" dotnet "$root/src/ClaimLang.Cli/bin/Release/net10.0/claimc.dll" check "$corpus" --format msbuild
measure "hledger check" hledger -f "$peers/claims.journal" check
measure "System.Text.Json (native)" "$native_bench" jsonl "$peers/claims.jsonl"
measure "System.Text.Json (JIT)" dotnet "$here/ClaimLang.Bench/bin/Release/net10.0/ClaimLang.Bench.dll" jsonl "$peers/claims.jsonl"
machine_line ", $(hledger --version | head -1)"
