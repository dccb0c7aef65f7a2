#!/usr/bin/env bash
# A PostgreSQL for the central benchmarks (BENCHMARKS.md, "Central (issue 17)"): Debian's
# postgresql on a private port and data directory, started and stopped by its PID. The data
# directory is kept between runs (the 10,000,000 entries take minutes to load).
# Usage:
#   kiosk/src/bench/central-postgres.sh start [DATA_DIR] [PORT]   # default /var/tmp/cloakroom-bench-pg 55432
#   kiosk/src/bench/central-postgres.sh stop  [DATA_DIR]
# Connect: jdbc:postgresql://127.0.0.1:PORT/cloakroom, user cloakroom, password cloakroom.
set -eu

command="${1:?start or stop}"
data="${2:-/var/tmp/cloakroom-bench-pg}"
port="${3:-55432}"
bin="$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin 2>/dev/null | sort -V | tail -n 1)"
if [ -z "$bin" ]; then
	echo "Debian's package postgresql is not installed: apt-get install postgresql" >&2
	exit 1
fi
as_postgres() {
	if [ "$(id -u)" = 0 ]; then
		setpriv --reuid postgres --regid postgres --init-groups -- "$@"
	else
		"$@"
	fi
}

case "$command" in
start)
	if [ ! -f "$data/PG_VERSION" ]; then
		mkdir -p "$data"
		if [ "$(id -u)" = 0 ]; then
			chown postgres:postgres "$data"
		fi
		as_postgres "$bin/initdb" -D "$data" -U postgres -A trust --no-instructions >/dev/null
	fi
	# a benchmark server: durable commits as central runs them, memory for a 10-million table
	set -- "$bin/postgres" -D "$data" -p "$port" -k "$data" -c listen_addresses=127.0.0.1 \
		-c shared_buffers=2GB -c work_mem=32MB -c maintenance_work_mem=1GB -c max_wal_size=8GB \
		-c checkpoint_timeout=15min -c max_connections=200
	if [ "$(id -u)" = 0 ]; then
		set -- setpriv --reuid postgres --regid postgres --init-groups -- "$@"
	fi
	# no function or subshell between: $! is the server's own PID (setpriv execs it)
	"$@" >"$data/server.log" 2>&1 &
	echo $! >"$data/bench.pid"
	for _ in $(seq 1 60); do
		if "$bin/pg_isready" -q -h 127.0.0.1 -p "$port"; then
			break
		fi
		sleep 1
	done
	psql -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 <<-SQL
		SELECT 'CREATE ROLE cloakroom LOGIN PASSWORD ''cloakroom'''
		WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'cloakroom') \gexec
		SELECT 'CREATE DATABASE cloakroom OWNER cloakroom'
		WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = 'cloakroom') \gexec
	SQL
	echo "PostgreSQL on 127.0.0.1:$port, data $data, PID $(cat "$data/bench.pid")"
	;;
stop)
	pid="$(cat "$data/bench.pid")"
	kill -INT "$pid"
	while kill -0 "$pid" 2>/dev/null; do
		sleep 1
	done
	rm -f "$data/bench.pid"
	echo "PostgreSQL $pid stopped"
	;;
*)
	echo "usage: $0 start|stop [DATA_DIR] [PORT]" >&2
	exit 2
	;;
esac
