#!/usr/bin/env bash
# Installs the JDK 17 and Maven the build needs when the machine lacks them (Debian packages).
set -euo pipefail

need_install=()
command -v java >/dev/null 2>&1 || need_install+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null 2>&1 || need_install+=(maven)
if [ "${#need_install[@]}" -gt 0 ]; then
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${need_install[@]}"
fi

java_major=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/.*java.specification.version = //p')
if [ "${java_major%%.*}" -lt 17 ]; then
    echo "Java ${java_major} found; the build needs Java 17 or newer. Install openjdk-17-jdk-headless." >&2
    exit 1
fi
