#!/usr/bin/env bash
# A throwaway certificate authority and server certificates signed by it, for the loopback test servers.
#   pki.sh ca   DIR            -> DIR/ca.key, DIR/ca.crt            (kept when they exist)
#   pki.sh cert DIR NAME OUT   -> OUT.key, OUT.crt for NAME, signed by DIR's CA
# Every certificate names localhost, 127.0.0.1 and ::1 as subject alternative names (plus NAME when it is
# another DNS name), so a server reached as localhost:PORT or 127.0.0.1:PORT verifies.
set -euo pipefail
cmd=${1:?usage: pki.sh ca DIR | pki.sh cert DIR NAME OUT}
dir=${2:?missing DIR}
mkdir -p "$dir"

case "$cmd" in
ca)
    [ -s "$dir/ca.crt" ] && [ -s "$dir/ca.key" ] && exit 0
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -sha256 -days 3650 \
        -subj "/CN=mxkeys throwaway test CA" \
        -addext "basicConstraints=critical,CA:TRUE" \
        -addext "keyUsage=critical,keyCertSign,cRLSign" \
        -keyout "$dir/ca.key" -out "$dir/ca.crt" 2>/dev/null
    ;;
cert)
    name=${3:?missing NAME}
    out=${4:?missing OUT}
    host=${name%:*}                     # drop a :PORT
    san="DNS:localhost,IP:127.0.0.1,IP:::1"
    case "$host" in
    localhost | 127.0.0.1 | "[::1]" | ::1) ;;
    *) san="DNS:$host,$san" ;;
    esac
    ext=$(mktemp)
    trap 'rm -f "$ext" "$out.csr"' EXIT
    printf '%s\n' "subjectAltName=$san" "basicConstraints=critical,CA:FALSE" \
        "keyUsage=critical,digitalSignature,keyEncipherment" "extendedKeyUsage=serverAuth,clientAuth" >"$ext"
    openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -sha256 \
        -subj "/CN=$host" -keyout "$out.key" -out "$out.csr" 2>/dev/null
    openssl x509 -req -in "$out.csr" -CA "$dir/ca.crt" -CAkey "$dir/ca.key" -CAcreateserial \
        -days 825 -sha256 -extfile "$ext" -out "$out.crt" 2>/dev/null
    ;;
*)
    echo "pki.sh: unknown command $cmd" >&2
    exit 2
    ;;
esac
