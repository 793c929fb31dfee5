#!/usr/bin/env bash
# Fills the request log with a million entries (through the production adapter) and times the listing,
# search and retention queries, on H2 and on PostgreSQL. Standalone: not part of ./test.
#
#   bench/journal/index-check.sh            # both databases
#   DB=h2 bench/journal/index-check.sh      # or DB=postgres; ROWS=... (default 1000000)
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/jdk.sh
ROWS=${ROWS:-1000000}
JAR=app/target/dynamic-endpoints.jar
[[ -f $JAR ]] || mvn -B -q -DskipTests package >/dev/null
WORK=$(mktemp -d /tmp/journal-index.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
run() { java -Xmx2g -cp "$JAR" bench/journal/IndexCheck.java "$1" "$ROWS" 2>&1 | grep --line-buffered -v -E "^\s*(WARN|INFO|at )|^[0-9:.]+ (WARN|INFO)"; }
if [[ ${DB:-both} != postgres ]]; then
  echo "== H2 (file, PostgreSQL mode)"
  run "jdbc:h2:file:$WORK/h2;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE"
fi
if [[ ${DB:-both} != h2 ]]; then
  SCHEMA="journal_index_$$"
  echo "== PostgreSQL ($(psql -h 127.0.0.1 -U postgres -d test -tAc 'SHOW server_version'))"
  run "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$SCHEMA"
  psql -h 127.0.0.1 -U postgres -d test -qc "DROP SCHEMA $SCHEMA CASCADE" 2>/dev/null
fi
