#!/bin/sh
# Installs what `swift build` needs beyond the Swift toolchain: pkg-config and the -dev packages of
# libsodium, OpenSSL libcrypto and libargon2. Does nothing when pkg-config already finds all three.
set -eu
missing=0
command -v pkg-config >/dev/null 2>&1 || missing=1
if [ "$missing" -eq 0 ]; then
    for module in libsodium libcrypto libargon2; do
        pkg-config --exists "$module" || missing=1
    done
fi
[ "$missing" -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
    echo "mxkeys: install pkg-config and the development files of libsodium, OpenSSL and libargon2" >&2
    exit 1
fi
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
echo "Installing pkg-config libsodium-dev libssl-dev libargon2-dev with apt-get..."
$sudo apt-get update
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends \
    pkg-config libsodium-dev libssl-dev libargon2-dev
