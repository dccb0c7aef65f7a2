#!/usr/bin/env bash
# Start-up and memory of the kiosk as installed, beside a yardstick application started the same way
# in the same run (BENCHMARKS.md, "Start-up as installed").
#
#   deploy/measure-startup.sh [runs]        from the repository root, after `mvn -B -DskipTests package`
#
# For each configuration and each run it starts the program, times from launching java to the first
# UP from /actuator/health and (the kiosk only) to READY=1 on a notification socket standing in for
# systemd's, reads VmRSS 5 s after ready, and stops the program by its PID. The kiosk runs the
# simulation (the kiosk profile needs a Pi's radio and GPIO) over an existing H2 file database with the
# installed unit's Java options; the yardstick (kiosk/src/bench/yardstick: spring-petclinic's starters
# around one entity, as petclinic itself cannot be fetched here) runs with the same options.
# JDK 25 rows run when a Temurin 25 JDK is under /usr/lib/jvm, adding its ahead-of-time cache (JEP 514).
set -euo pipefail
runs=${1:-3}
repository=$(cd "$(dirname "$0")/.." && pwd)
kiosk_jar=$repository/kiosk/target/cloakroom-kiosk.jar
yardstick_dir=$repository/kiosk/src/bench/yardstick
port=18080
[[ -f $kiosk_jar ]] || { echo "build the kiosk first: mvn -B -DskipTests package" >&2; exit 1; }
if [[ ! -f $yardstick_dir/target/yardstick.jar ]]; then
	mvn -B -q -f "$yardstick_dir/pom.xml" -DskipTests package
fi

work=$(mktemp -d)
pids=()
finish() {
	for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
	rm -rf "$work"
}
trap finish EXIT

kiosk_args=(--spring.profiles.active=simulation --server.port="$port"
	--spring.datasource.url="jdbc:h2:file:$work/db/cloakroom;WRITE_DELAY=0" --cloakroom.secrets.dir="$work/secrets"
	--cloakroom.audit.checkpoint-dir="$work/checkpoints")
yardstick_args=(--server.port="$port" --spring.datasource.url="jdbc:h2:file:$work/db/yardstick")
# the installed unit's Java options, read from the unit (less its archive options, added below)
read -r -a unit_options < <(sed -n '/^ExecStart=\/usr\/bin\/java/,/-jar/p' "$repository/deploy/systemd/cloakroom.service" \
	| sed 's/[\\]$//' | tr ' ' '\n' | grep -E '^-X' | grep -vE 'SharedArchiveFile|Xshare' | tr '\n' ' '; echo)
[[ ${#unit_options[@]} -gt 0 ]] || { echo "no Java options found in deploy/systemd/cloakroom.service" >&2; exit 1; }
echo "the unit's Java options: ${unit_options[*]}"

# notify-listener SOCKET OUT: writes the epoch nanoseconds of the first READY=1 to OUT
notify_listener() {
	python3 - "$1" "$2" <<'PY' &
import socket, sys, time
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
s.bind(sys.argv[1])
while True:
    if b"READY=1" in s.recv(4096).split(b"\n"):
        open(sys.argv[2], "w").write(str(time.time_ns()))
        break
PY
	pids+=($!)
}

# measure LABEL APP JAVA JAR [java options...]
measure() {
	local label=$1 app=$2 java=$3 jar=$4
	shift 4
	local args=("${kiosk_args[@]}")
	[[ $app == yardstick ]] && args=("${yardstick_args[@]}")
	for run in $(seq 1 "$runs"); do
		local socket=$work/notify-$run.sock ready_file=$work/ready-$run start end pid ready_ms=-
		rm -f "$socket" "$ready_file"
		notify_listener "$socket" "$ready_file"
		local listener=$!
		until [[ -S $socket ]]; do sleep 0.01; done
		start=$(date +%s%N)
		NOTIFY_SOCKET=$socket "$java" "$@" -jar "$jar" "${args[@]}" >"$work/app.log" 2>&1 &
		pid=$!
		pids+=("$pid")
		until curl -sf "http://localhost:$port/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
			kill -0 "$pid" 2>/dev/null || { echo "$label: the program stopped; its log:" >&2; cat "$work/app.log" >&2; exit 1; }
			sleep 0.05
		done
		end=$(date +%s%N)
		if [[ $app == kiosk ]]; then
			until [[ -s $ready_file ]]; do sleep 0.05; done
			ready_ms=$((($(cat "$ready_file") - start) / 1000000))
		fi
		sleep 5
		printf '%-44s %-9s run %d: UP in %5d ms, READY=1 in %5s ms, resident %4d MB\n' "$label" "$app" "$run" \
			$(((end - start) / 1000000)) "$ready_ms" $(($(awk '/VmRSS/ {print $2}' "/proc/$pid/status") / 1024))
		kill "$pid"
		wait "$pid" 2>/dev/null || true
		kill "$listener" 2>/dev/null || true
		wait "$listener" 2>/dev/null || true
	done
}

# extract JAVA JAR DIR: the layout the package installs (java -Djarmode=tools ... extract)
extract() {
	"$1" -Djarmode=tools -jar "$2" extract --destination "$3" >/dev/null
}

# train JAVA JAR APP OPTION: one start that writes a CDS archive or an AOT cache, then stops
train() {
	local java=$1 jar=$2 app=$3 option=$4 args=("${kiosk_args[@]}")
	[[ $app == yardstick ]] && args=("${yardstick_args[@]}")
	"$java" "${unit_options[@]}" "$option" -Dspring.context.exit=onRefresh -jar "$jar" "${args[@]}" >"$work/train.log" 2>&1 \
		|| { echo "training $app with $option failed:" >&2; cat "$work/train.log" >&2; exit 1; }
}

describe() {
	"$1" -version 2>&1 | head -1
	echo "$(nproc) cores, $(awk '/MemTotal/ {print int($2/1024)}' /proc/meminfo) MB; load $(cut -d' ' -f1-3 /proc/loadavg)"
}

jdk17=java
describe "$jdk17"
java -Dspring.context.exit=onRefresh -jar "$kiosk_jar" "${kiosk_args[@]}" >/dev/null 2>&1 # create the databases
java -Dspring.context.exit=onRefresh -jar "$yardstick_dir/target/yardstick.jar" "${yardstick_args[@]}" >/dev/null 2>&1
for app in kiosk yardstick; do
	jar=$kiosk_jar
	[[ $app == yardstick ]] && jar=$yardstick_dir/target/yardstick.jar
	measure "JDK 17 plain jar" "$app" "$jdk17" "$jar" -Xmx256m -XX:+UseSerialGC
	extract "$jdk17" "$jar" "$work/$app-17"
	extracted=$work/$app-17/$(basename "$jar")
	train "$jdk17" "$extracted" "$app" -XX:ArchiveClassesAtExit="$work/$app-17.jsa"
	measure "JDK 17 as installed (extracted, CDS, C1)" "$app" "$jdk17" "$extracted" "${unit_options[@]}" \
		-XX:SharedArchiveFile="$work/$app-17.jsa" -Xshare:auto
done

jdk25=$(find /usr/lib/jvm -maxdepth 3 -path '*25*/bin/java' | head -1)
if [[ -n $jdk25 ]]; then
	describe "$jdk25"
	for app in kiosk yardstick; do
		jar=$kiosk_jar
		[[ $app == yardstick ]] && jar=$yardstick_dir/target/yardstick.jar
		extract "$jdk25" "$jar" "$work/$app-25"
		extracted=$work/$app-25/$(basename "$jar")
		train "$jdk25" "$extracted" "$app" -XX:ArchiveClassesAtExit="$work/$app-25.jsa"
		measure "JDK 25 as installed (extracted, CDS, C1)" "$app" "$jdk25" "$extracted" "${unit_options[@]}" \
			-XX:SharedArchiveFile="$work/$app-25.jsa" -Xshare:auto
		train "$jdk25" "$extracted" "$app" -XX:AOTCacheOutput="$work/$app-25.aot"
		measure "JDK 25 extracted, AOT cache, C1" "$app" "$jdk25" "$extracted" "${unit_options[@]}" \
			-XX:AOTCache="$work/$app-25.aot"
	done
fi
