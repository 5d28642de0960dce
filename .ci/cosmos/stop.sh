#!/usr/bin/env bash
# Stops the Cosmos DB test server that start.sh started, by the PID in its PID file.
set -uo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
pid_file="$here/server.pid"

if [ ! -f "$pid_file" ]; then
    echo "Cosmos DB test server: no PID file ($pid_file), so nothing to stop"
    exit 0
fi

pid="$(cat "$pid_file")"
if kill "$pid" 2>/dev/null; then
    for _ in 1 2 3 4 5 6 7 8 9 10; do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.5
    done
    echo "Cosmos DB test server stopped (PID $pid)"
else
    echo "Cosmos DB test server (PID $pid) was not running"
fi
rm -f "$pid_file"
