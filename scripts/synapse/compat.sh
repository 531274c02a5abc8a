#!/usr/bin/env bash
# make compat: the oldest and the newest Synapse that the database reader supports, each from PyPI in a
# venv of its own: the identity fixtures are made anew with each (make-identity-fixtures.sh), and the
# reader's tests run on them, SQLite and PostgreSQL. The tests must already be built (swift build
# --build-tests).
#   compat.sh [VERSION...]   (default: 1.100.0, Synapse 1.100, schema 84; and 1.163.2, the current release)
# Env: COMPAT_BASE_PORT (default 8750: servers localhost:8751 and localhost:8752).
set -euo pipefail
cd "$(dirname "$0")/../.."
VERSIONS=("$@")
[ ${#VERSIONS[@]} -gt 0 ] || VERSIONS=(1.100.0 1.163.2)
BASE_PORT=${COMPAT_BASE_PORT:-8750}
for version in "${VERSIONS[@]}"; do
    venv=.build/synapse-venv-$version
    extra=""
    # Synapse 1.100 breaks with prometheus-client 0.20 and later (its metrics registry changed).
    case $version in 1.9[0-9].*|1.1[01][0-9].*) extra="prometheus-client<0.20" ;; esac
    SYNAPSE_VERSION=$version SYNAPSE_EXTRA=$extra bash scripts/synapse/venv.sh "$venv"
    out=.build/compat/$version
    rm -rf "$out"
    SYNAPSE_VENV=$venv IDENTITY_BASE_PORT=$BASE_PORT bash scripts/synapse/make-identity-fixtures.sh "$out"
    echo "== Synapse $version: schema $(python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT version FROM schema_version").fetchone()[0])' "$out/hs1.db"), the reader's tests"
    MXKEYS_IDENTITY_FIXTURES=$PWD/$out swift test --skip-build --filter 'SynapseUserKeysTests'
done
echo "compat: the database reader passed on Synapse ${VERSIONS[*]}"
