# Sourced by ./run and bench/run.sh after scripts/jdk.sh. The JDK AOT cache (JDK 25, JEP 483/514/515)
# keeps the classes a start loads and links, and their early profiles, so the next start of the same
# jar skips that work: about twice as fast to the first served request.
#
#   aot_options JAR CACHE   prints the JVM options: reuse CACHE when it was written after JAR was
#                           built; otherwise train a new one, which the JVM writes when it exits
#                           (a normal stop or Ctrl-C; a kill -9 writes none and the next start trains again).
#
# Prints nothing (a plain start) on a JDK older than 25 or with DYNAMIC_ENDPOINTS_AOT=off. A stale or
# damaged cache is never fatal: the JVM says so and starts without it.
aot_options() {
  local jar=$1 cache=$2
  [[ ${DYNAMIC_ENDPOINTS_AOT:-on} != off ]] || return 0
  (( $(java_major "$JAVA_HOME") >= 25 )) || return 0
  # -Xlog:aot=error: keep real problems, drop the warnings about classes the cache cannot hold.
  if [[ -s $cache && $cache -nt $jar ]]; then
    echo "-XX:AOTCache=$cache -Xlog:aot=error"
  else
    rm -f "$cache"
    echo "-XX:AOTCacheOutput=$cache -Xlog:aot=error"
  fi
}
