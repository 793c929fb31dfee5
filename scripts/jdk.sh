# Sourced by ./run and ./test: points JAVA_HOME at a JDK >= 21, because the default `java`
# on many machines (Debian 12 among them) is still 17.
java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}' | cut -d. -f1; }
pick_jdk() {
  local candidate
  for candidate in "${JAVA_HOME:-}" $(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")" 2>/dev/null) /usr/lib/jvm/*; do
    [[ -n $candidate && -x $candidate/bin/javac ]] || continue
    if (( $(java_major "$candidate") >= 21 )); then echo "$candidate"; return 0; fi
  done
  return 1
}
if ! JAVA_HOME=$(pick_jdk); then
  echo "No JDK 21 or newer found (looked at JAVA_HOME, the java on PATH and /usr/lib/jvm/*)." >&2
  exit 1
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
# The JVM options the platform runs with (./run, and bench/run.sh so that it measures what users run):
# a bounded heap that is given back when idle, and old-generation marking that starts at 60 % of the
# heap rather than where G1's adaptive guess puts it. Why: the platform keeps 50-65 MB alive for good
# (the console, H2's page cache, the request log's pooled arrays) in a heap G1 sizes at 150-200 MB
# under load, and the adaptive guess (about 45 MB there) sat below that for good: a marking cycle
# started about every second under load, each with a remark pause of 9-14 ms. Measured with per-thread
# CPU at 17-19k requests/s: the collector's CPU per request 4-5 -> 1.5-2 µs for one endpoint, and
# 8-9 -> 2 µs with traffic spread over 1,000 endpoints (docs/performance.md).
# Objects that survive two young collections are promoted at once (G1 keeps them up to 15): under load
# about 0.5 MB per collection reaches the survivor spaces and then lives for good (most likely H2's
# page cache), and every young pause copied all of it again, 9 MB in all at 15k requests/s. With 2, a
# pause copies about 2 MB; the median young pause fell from 8.0 to 4.8 ms on a 2-core machine.
PLATFORM_JAVA_OPTS="-Xms64m -Xmx768m -XX:+UseG1GC -XX:G1PeriodicGCInterval=30000 -XX:-G1UseAdaptiveIHOP -XX:InitiatingHeapOccupancyPercent=60 -XX:MaxTenuringThreshold=2"
