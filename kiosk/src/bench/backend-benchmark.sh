#!/usr/bin/env bash
# TinyB and BlueZ D-Bus side by side on the same D-Bus load (BackendBenchmark.java).
# Needs Debian's dbus and python3-dbusmock, as the tests do. Usage, from the repository root:
#   kiosk/src/bench/backend-benchmark.sh [bluez-dbus] [tinyb]
set -euo pipefail
cd "$(dirname "$0")/../../.."
mvn -B -q -Pbench -pl kiosk -DskipTests test-compile dependency:build-classpath \
	-Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
java -cp "kiosk/target/test-classes:kiosk/target/classes:$(cat kiosk/target/bench.classpath)" \
	org.cloakroom.kiosk.ble.BackendBenchmark "$@"
