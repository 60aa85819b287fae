#!/usr/bin/env bash
# Builds the bundle to upload to the Maven Central Portal (docs/RELEASING.md):
#   target/central-bundle/      the published artifacts in Maven repository layout: jars, sources and javadoc
#                               jars, POMs, .md5 and .sha1 files, and .asc signatures when a key is configured
#   target/central-bundle.zip   the same, zipped, ready for https://central.sonatype.com/publishing
# It runs `clean deploy` into that directory (nothing leaves the machine; deploy also installs into the local
# repository), then build-support/CentralBundle.java checks the bundle and zips it.
# Extra arguments go to Maven, for example: build-support/central-bundle.sh -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
BUNDLE="${ROOT}/target/central-bundle"

./mvnw -B clean deploy -DdeployAtEnd=true -DaltDeploymentRepository="central-bundle::file://${BUNDLE}" "$@"
"${JAVA_HOME:+${JAVA_HOME}/bin/}java" "${ROOT}/build-support/CentralBundle.java" "${BUNDLE}" "${ROOT}/target/central-bundle.zip"
