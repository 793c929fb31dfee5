#!/usr/bin/env bash
# Fuzzes each parser of caller-supplied text (issue 28) with Jazzer for a given time and prints, per
# target, how long it ran, how many inputs it executed and whether it found something. Without
# JAZZER_FUZZ the same @FuzzTest methods only replay their committed corpus; that is what CI runs.
#
#   bench/fuzz.sh [seconds-per-target] [target...]
#
#   seconds-per-target   default 600 (the 10 minutes docs/security.md asks of a release)
#   target               Class#method names from the list below (default: all)
#
# Settings (environment): FUZZ_MVN_ARGS (extra Maven arguments, e.g. -o), FUZZ_TIMEOUT (20: seconds
# one input may take before libFuzzer reports it as a hang).
#
# A finding is written as crash-<sha1> (or timeout-/slow-unit-) into the target's seed directory,
# src/test/resources/<package>/<Class>Inputs/<method>/, so that it replays as a regression test once
# the bug is fixed; the inputs the fuzzer found interesting go to <module>/.cifuzz-corpus/ (not
# committed). Logs go to bench/out/fuzz-<time>/.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SECONDS_PER_TARGET=${1:-600}
shift || true
cd "$ROOT"
# shellcheck source=../scripts/jdk.sh
source scripts/jdk.sh

# module | Class#method | what to instrument for coverage besides our own classes (the library
# code the parser hands the text to, so that the fuzzer is guided through it too)
TARGETS=(
  "application|io.dynamicendpoints.application.receive.RequestExtractionFuzzTest#extract|"
  "application|io.dynamicendpoints.application.receive.UrlEncodedFormFuzzTest#read|"
  "application|io.dynamicendpoints.application.receive.MultipartFormFuzzTest#parse|"
  "application|io.dynamicendpoints.application.receive.ContentTypeHeaderFuzzTest#parse|"
  "application|io.dynamicendpoints.application.receive.ReplyContentTypeFuzzTest#detect|"
  "application|io.dynamicendpoints.application.receive.JwtVerificationFuzzTest#verify|com.nimbusds.**"
  "application|io.dynamicendpoints.application.template.TemplateEngineFuzzTest#compileAndRender|io.pebbletemplates.**"
  "adapters-http|io.dynamicendpoints.adapters.http.security.StrictTokenParserFuzzTest#parse|com.nimbusds.**"
)

OUT="$ROOT/bench/out/fuzz-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$OUT"
WANTED=("$@")
selected() {
  (( ${#WANTED[@]} == 0 )) && return 0
  local wanted
  for wanted in "${WANTED[@]}"; do [[ $1 == *"$wanted"* ]] && return 0; done
  return 1
}

# "fuzzed s" is libFuzzer's own count; "wall s" adds Maven, compiling and the JVM's start.
printf '%-40s %9s %7s %12s  %s\n' "target" "fuzzed s" "wall s" "executions" "result"
status=0
for entry in "${TARGETS[@]}"; do
  IFS='|' read -r module test extra <<<"$entry"
  selected "$test" || continue
  short=${test##*.}
  log="$OUT/${short/\#/.}.log"
  instrument="io.dynamicendpoints.**${extra:+,$extra}"
  started=$(date +%s)
  set +e
  # One test per Maven run: Jazzer fuzzes a single @FuzzTest per JVM. jazzer.internal.arg.N are libFuzzer's arguments (arg.0 is its argv[0]); they come after the
  # @FuzzTest's maxDuration, so this -max_total_time wins.
  JAZZER_FUZZ=1 mvn -B -ntp ${FUZZ_MVN_ARGS:-} -pl "$module" -am test \
      -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false \
      -Djazzer.hooks=true -Djazzer.instrument="$instrument" \
      -Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1=-max_total_time="$SECONDS_PER_TARGET" \
      -Djazzer.internal.arg.2=-timeout="${FUZZ_TIMEOUT:-20}" >"$log" 2>&1
  rc=$?
  set -e
  elapsed=$(( $(date +%s) - started ))
  done_line=$(grep -oE 'Done [0-9]+ runs in [0-9]+ second' "$log" | tail -1 || true)
  executions=$(sed -E 's/Done ([0-9]+) runs.*/\1/' <<<"$done_line")
  fuzzed=$(sed -E 's/.* in ([0-9]+) second/\1/' <<<"$done_line")
  if (( rc == 0 )); then
    result="no finding"
  else
    result="FINDING or failure, see $log"
    status=1
  fi
  printf '%-40s %9s %7s %12s  %s\n' "$short" "${fuzzed:-?}" "$elapsed" "${executions:-?}" "$result"
done
exit $status
