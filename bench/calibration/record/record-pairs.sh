#!/usr/bin/env bash
# record-pairs.sh OUTDIR NPAIRS BURST_PCT SEED ENGINE [PR_ENV=VAL ...]
# Same-job pairs with a real noisy neighbour, recorded through perf-gate's own CLI (dist/cli.js, one run per
# side per pair) with ENGINE k6 (K6=path, the fixtures' arrival.js) or embedded (arrival.yml beside this file).
# It follows ../shared/fixtures/k6-v0.49/how-recorded/pairs.sh: two instances of that folder's server.mjs side
# by side (base, and PR with PR_ENV), each pair in a random order (AB or BA); in BURST_PCT% of runs a CPU hog
# (2 busy processes) starts at a random second of the run and lasts 3-10 s. Writes OUTDIR/pair-<i>-{base,pr}
# .result.json and OUTDIR/manifest.tsv (pair, side, order, hog start, hog length), as extract-real.ts reads.
set -eu
out=$1 n=$2 burst=$3 seed=$4 engine=$5; shift 5
here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/../../.." && pwd)
fixtures=${FIXTURES:-$root/../shared/fixtures/k6-v0.49/how-recorded}
RANDOM=$seed
mkdir -p "$out"; : > "$out/manifest.tsv"
work=$(mktemp -d); pids=()
cleanup() { kill "${pids[@]}" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
pa=$(( 20000 + RANDOM % 10000 )); pb=$(( 30000 + RANDOM % 10000 ))
DELAY_MS=5 PORT=$pa node "$fixtures/server.mjs" & pids+=($!)
env DELAY_MS=5 "$@" PORT=$pb node "$fixtures/server.mjs" & pids+=($!)
sleep 0.5
case $engine in
  k6) script=("$fixtures/arrival.js" --engine k6 --k6 "${K6:?K6=path to a k6 binary}" -e RATE=120 -e DURATION=10s) ;;
  embedded) script=("$here/arrival.yml" --engine embedded) ;;
  *) echo "ENGINE must be k6 or embedded, got $engine" >&2; exit 2 ;;
esac
run() { # port outfile
  node "$root/dist/cli.js" run "${script[@]}" --target-url "http://127.0.0.1:$1" --runs 1 -o "$work/run" >/dev/null
  mv "$work/run/pr/run-1.result.json" "$2" # a run without a base build is the PR side
}
# warm both once (a fresh service compiles during its first requests)
run $pa "$work/warm-a.json"; run $pb "$work/warm-b.json"
one() { # side port pair
  local side=$1 port=$2 i=$3 hs=- hl=- hog=
  if [ $(( RANDOM % 100 )) -lt "$burst" ]; then
    hs=$(( RANDOM % 8 )); hl=$(( 3 + RANDOM % 8 ))
    ( sleep "$hs"; for c in 1 2; do timeout "$hl" node -e 'for(;;){}' & done; wait ) & hog=$!
  fi
  run "$port" "$out/pair-$i-$side.result.json"
  [ -n "$hog" ] && wait "$hog"
  printf '%s\t%s\t%s\t%s\t%s\n' "$i" "$side" "$order" "$hs" "$hl" >> "$out/manifest.tsv"
}
for i in $(seq 1 "$n"); do
  if [ $(( RANDOM % 2 )) = 0 ]; then order=AB; one base $pa $i; one pr $pb $i
  else order=BA; one pr $pb $i; one base $pa $i; fi
done
echo "$out: $n pairs ($engine)"
