#!/usr/bin/env bash
# Starts the local Cosmos DB test server (@vercel/cosmosdb-server, pinned in package-lock.json) on
# 127.0.0.1 for the Cosmos store's integration tests, and waits until its port accepts connections.
# Environment: COSMOS_TEST_PORT (default 8081), COSMOS_START_TIMEOUT_SECONDS (default 30).
# Stop it with stop.sh, which reads the PID file that this script writes.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
port="${COSMOS_TEST_PORT:-8081}"
timeout_seconds="${COSMOS_START_TIMEOUT_SECONDS:-30}"
pid_file="$here/server.pid"
log_file="$here/server.log"
cli="$here/node_modules/@vercel/cosmosdb-server/lib/cli.js"

if ! command -v node >/dev/null 2>&1; then
    echo "Cosmos DB test server: node is not installed. Install Node.js 20 (Debian package nodejs) and retry." >&2
    exit 1
fi

port_open() {
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null
}

if [ -f "$pid_file" ] && kill -0 "$(cat "$pid_file")" 2>/dev/null && port_open; then
    echo "Cosmos DB test server already running (PID $(cat "$pid_file")) at https://127.0.0.1:$port"
    exit 0
fi
if port_open; then
    echo "Cosmos DB test server: port 127.0.0.1:$port is already in use by another process." \
        "Stop that process or set COSMOS_TEST_PORT and TECHROUTE_COSMOS_TEST_ENDPOINT to another port." >&2
    exit 1
fi

if [ ! -f "$cli" ] || [ "$here/package-lock.json" -nt "$here/node_modules/.package-lock.json" ]; then
    echo "Installing the Cosmos DB test server with npm ci"
    npm ci --prefix "$here" --no-audit --no-fund --loglevel=error
fi

node "$cli" -p "$port" --host 127.0.0.1 >"$log_file" 2>&1 &
echo $! >"$pid_file"

for ((waited = 0; waited < timeout_seconds; waited++)); do
    if port_open; then
        echo "Cosmos DB test server started (PID $(cat "$pid_file")) at https://127.0.0.1:$port"
        exit 0
    fi
    if ! kill -0 "$(cat "$pid_file")" 2>/dev/null; then
        break
    fi
    sleep 1
done

echo "Cosmos DB test server did not accept connections on 127.0.0.1:$port within ${timeout_seconds} s." \
    "Its output ($log_file) follows." >&2
cat "$log_file" >&2 || true
kill "$(cat "$pid_file")" 2>/dev/null || true
rm -f "$pid_file"
exit 1
