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
# a bounded heap that is given back when idle.
PLATFORM_JAVA_OPTS="-Xms64m -Xmx768m -XX:+UseG1GC -XX:G1PeriodicGCInterval=30000"
