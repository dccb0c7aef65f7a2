#!/usr/bin/env bash
# Measures the kiosk's start-up in the simulation: milliseconds from launching the JVM to
# /actuator/health answering UP, and the resident memory (VmRSS) 5 s later, with -Xmx256m.
# Usage: deploy/measure-startup.sh [runs]   (from the repository root, after `mvn package`)
# Compares the plain jar with the deploy configuration: the jar extracted by Spring Boot's
# jarmode tools plus a Class Data Sharing archive trained on one start (-Dspring.context.exit).
set -euo pipefail
runs=${1:-3}
jar=kiosk/target/cloakroom-kiosk.jar
work=$(mktemp -d)
trap 'pkill -f "$work" 2>/dev/null || true; pkill -f "$jar" 2>/dev/null || true; rm -rf "$work"' EXIT
port=18080
args=(--spring.profiles.active=simulation --server.port="$port"
	--spring.datasource.url="jdbc:h2:file:$work/db/cloakroom;WRITE_DELAY=0")

measure() { # label, java options...
	local label=$1; shift
	for run in $(seq 1 "$runs"); do
		local start end pid
		start=$(date +%s%N)
		java "$@" "${args[@]}" >"$work/app.log" 2>&1 &
		pid=$!
		until curl -sf "http://localhost:$port/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
			kill -0 "$pid" 2>/dev/null || { echo "$label: the program stopped; see $work/app.log"; cat "$work/app.log"; exit 1; }
			sleep 0.05
		done
		end=$(date +%s%N)
		sleep 5
		printf '%-28s run %d: ready in %5d ms, resident %4d MB\n' "$label" "$run" $(((end - start) / 1000000)) \
			$(($(awk '/VmRSS/ {print $2}' "/proc/$pid/status") / 1024))
		kill "$pid"; wait "$pid" 2>/dev/null || true
	done
}

java -version 2>&1 | head -1
echo "$(nproc) cores, $(awk '/MemTotal/ {print int($2/1024)}' /proc/meminfo) MB; load $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx256m -Dspring.context.exit=onRefresh -jar "$jar" "${args[@]}" >/dev/null 2>&1 # create the database
measure "plain jar" -Xmx256m -XX:+UseSerialGC -jar "$jar"

java -Djarmode=tools -jar "$jar" extract --destination "$work/app" >/dev/null
java -Xmx256m -XX:+UseSerialGC -XX:ArchiveClassesAtExit="$work/app.jsa" -Dspring.context.exit=onRefresh \
	-jar "$work/app/cloakroom-kiosk.jar" "${args[@]}" >/dev/null 2>&1
measure "extracted + CDS" -Xmx256m -XX:+UseSerialGC -XX:SharedArchiveFile="$work/app.jsa" -jar "$work/app/cloakroom-kiosk.jar"
measure "extracted + CDS + C1 only" -Xmx256m -XX:+UseSerialGC -XX:SharedArchiveFile="$work/app.jsa" \
	-XX:TieredStopAtLevel=1 -jar "$work/app/cloakroom-kiosk.jar"
