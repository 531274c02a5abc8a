#!/bin/sh
# Installs what the build and the tests need beyond the Swift toolchain: pkg-config and the -dev
# packages of libsodium, OpenSSL libcrypto and libargon2, SQLite and libpq (the Synapse database reader),
# libcurl on OpenSSL (the fetching side's HTTP and TLS), zlib (gzip-compressed reports), tinyproxy (the
# proxy the fetch tests go through), the PostgreSQL server (the tests start a throwaway cluster with its
# initdb and pg_ctl), python3 with its sqlite3 module (the tests' concurrent SQLite writer), and mandoc
# and groff for the man page's lint, openssl(1) (the fetch tests' throwaway CA) and ca-certificates.
# `deps.sh integration` adds what make integration needs: python3-venv, Python's headers, GNU parallel
# and chromium.
# Installs only what is missing, and does nothing when everything is there.
set -eu
packages=""
command -v pkg-config >/dev/null 2>&1 || packages="$packages pkg-config"
for pair in libsodium:libsodium-dev libcrypto:libssl-dev libargon2:libargon2-dev sqlite3:libsqlite3-dev libpq:libpq-dev libcurl:libcurl4-openssl-dev zlib:zlib1g-dev; do
    module=${pair%%:*}
    if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists "$module"; then packages="$packages ${pair#*:}"; fi
done
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || packages="$packages postgresql"
python3 -c 'import sqlite3' >/dev/null 2>&1 || packages="$packages python3"
command -v mandoc >/dev/null 2>&1 || packages="$packages mandoc"
command -v groff >/dev/null 2>&1 || packages="$packages groff-base"
[ -x /usr/bin/tinyproxy ] || packages="$packages tinyproxy"
# The loopback TLS server of the fetch tests gets its throwaway CA and certificate from openssl(1).
command -v openssl >/dev/null 2>&1 || packages="$packages openssl"
# The system's trust store, which mxkeys verifies certificates against when no --ca-file is given.
[ -f /etc/ssl/certs/ca-certificates.crt ] || packages="$packages ca-certificates"
if [ "${1:-}" = integration ]; then
    # A venv for matrix-synapse (psycopg2 builds against libpq and Python's headers).
    if command -v python3 >/dev/null 2>&1; then
        python3 -c 'import venv, ensurepip' >/dev/null 2>&1 || packages="$packages python3-venv"
        python3 -c 'import os, sysconfig; raise SystemExit(not os.path.exists(os.path.join(sysconfig.get_paths()["include"], "Python.h")))' \
            >/dev/null 2>&1 || packages="$packages python3-dev"
    else
        packages="$packages python3-venv python3-dev"
    fi
    # The reports: GNU parallel runs the README's shard recipe, and the HTML report is opened in Debian's
    # chromium, headless (Playwright, from PyPI into the synapse venv, drives it; it downloads no
    # browser). GNU parallel, not moreutils' parallel of the same name.
    parallel --version 2>/dev/null | grep -q 'GNU parallel' || packages="$packages parallel"
    command -v chromium >/dev/null 2>&1 || packages="$packages chromium"
fi
[ -z "$packages" ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
    echo "mxkeys: install these (Debian names):$packages" >&2
    exit 1
fi
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
echo "Installing$packages with apt-get..."
$sudo apt-get update
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends $packages
