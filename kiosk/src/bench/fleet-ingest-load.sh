#!/usr/bin/env bash
# Central ingest under load (FleetIngestLoad.java): simulated kiosks join a running central
# instance and post their chains to POST /api/v1/fleet/events. Usage, from the repository root:
#   kiosk/src/bench/fleet-ingest-load.sh --central http://127.0.0.1:8080 --admin admin:PASSWORD \
#       [--kiosks 50] [--entries 10000] [--batch 1000]
set -eu
cd "$(dirname "$0")/../../.."
mvn -B -q -o -Pbench -pl kiosk -DskipTests test-compile dependency:build-classpath \
	-Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
java -Xmx2g -cp "kiosk/target/test-classes:kiosk/target/classes:$(cat kiosk/target/bench.classpath)" \
	org.cloakroom.kiosk.fleet.FleetIngestLoad "$@"
