#!/usr/bin/env bash
# Installs what the build and tests need when the machine lacks it, from Debian packages. JDK 17 and
# Maven build the project, Node.js and npm run the local Cosmos DB test server, and Chromium renders
# the override page in one test.
set -euo pipefail

need_install=()
command -v java >/dev/null 2>&1 || need_install+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null 2>&1 || need_install+=(maven)
command -v node >/dev/null 2>&1 || need_install+=(nodejs)
command -v npm >/dev/null 2>&1 || need_install+=(npm)
[ -x /usr/bin/chromium ] || need_install+=(chromium)
if [ "${#need_install[@]}" -gt 0 ]; then
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${need_install[@]}"
fi

java_major=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/.*java.specification.version = //p')
if [ "${java_major%%.*}" -lt 17 ]; then
    echo "Java ${java_major} found; the build needs Java 17 or newer. Install openjdk-17-jdk-headless." >&2
    exit 1
fi
