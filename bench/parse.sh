#!/usr/bin/env bash
# The parse benchmark, one command: bash bench/parse.sh [CLAIMS...]
# Generates the corpora with `claimlang-bench gen` (once; kept in bench/corpus/),
# builds the benchmark in Release, then parses each corpus in a fresh process (so peak
# memory is that corpus' own) and prints a stage profile of the first one (the smallest by default).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
here=$bench_dir
sizes=("${@:-100000 1000000}")
read -r -a sizes <<< "${sizes[*]}"

dotnet build "$here/ClaimLang.Bench" -c Release --nologo -v quiet >/dev/null
bench=(dotnet "$here/ClaimLang.Bench/bin/Release/net10.0/ClaimLang.Bench.dll")

for n in "${sizes[@]}"; do
  corpus=$(ensure_corpus "c$n" "$n")
  "${bench[@]}" parse "$corpus"
done
"${bench[@]}" stages "$here/corpus/c${sizes[0]}"
machine_line
