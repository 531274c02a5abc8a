#!/usr/bin/env bash
# Rebuild the Synapse database fixtures from two live homeservers (see Tests/Fixtures/synapse/README.md).
#   make-fixtures.sh OUTDIR
# Runs the scenario in populate.py on a fresh harness pair (work dir under .build/), then writes, first
# into the work dir and once every step has passed into OUTDIR (other files there are left alone):
# hs1.db/hs2.db (SQLite, vacuumed, no journal), hs1.yaml/hs2.yaml (configs with paths relative
# to OUTDIR and the secrets taken out), the signing keys, the servers' key responses, hs1.pg.sql/hs2.pg.sql
# (the same data ported to PostgreSQL by synapse_port_db, dumped by pg_dump) and manifest.json.
# Takes about ten minutes: Synapse censors redacted events only every five minutes.
# Env: SYNAPSE_VENV (default .build/synapse-venv), FIXTURE_BASE_PORT (default 8480: servers localhost:8481
# and localhost:8482), PG_BIN (default /usr/lib/postgresql/15/bin: initdb, pg_ctl, psql, pg_dump).
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=$(realpath -m "${1:?usage: make-fixtures.sh OUTDIR}")
VENV=$(realpath -m "${SYNAPSE_VENV:-.build/synapse-venv}")
PY=$VENV/bin/python
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
BASE_PORT=${FIXTURE_BASE_PORT:-8480}
HERE=scripts/synapse

[ -x "$PG_BIN/initdb" ] || { echo "make-fixtures: no PostgreSQL in $PG_BIN (apt-get install postgresql-15)" >&2; exit 1; }
bash $HERE/venv.sh "$VENV" >/dev/null
mkdir -p .build
# FIXTURE_WORK=DIR keeps the work dir and, when DIR already holds a finished scenario, redoes only the
# steps after it (for working on this script).
WORK=${FIXTURE_WORK:-$(mktemp -d "$PWD/.build/fixtures.XXXXXX")}
PGDIR=$(mktemp -d /tmp/mxkeys-pg.XXXXXX)     # a short path: it holds the cluster's Unix socket
PG_DATA=""

as_pg() { # PostgreSQL's tools refuse to run as root: run them as the postgres user then
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
pg_start() { # a throwaway cluster in $PGDIR/$1, listening on a Unix socket in $PGDIR only
    PG_DATA=$PGDIR/$1
    as_pg "$PG_BIN/initdb" -D "$PG_DATA" -A trust -U postgres -E UTF8 --locale=C >"$PGDIR/$1.initdb.log"
    as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PGDIR/$1.log" -w -s start \
        -o "-c listen_addresses='' -c unix_socket_directories='$PGDIR' -c fsync=off"
}
pg_stop() {
    if [ -n "$PG_DATA" ]; then
        as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w -s stop || true
        PG_DATA=""
    fi
}
cleanup() {
    local rc=$?
    [ -f "$WORK/pair.json" ] && "$PY" $HERE/harness.py stop "$WORK" || true
    pg_stop
    rm -rf "$PGDIR"
    if [ $rc != 0 ]; then
        echo "make-fixtures: failed; the servers' logs are in $WORK" >&2
    elif [ -z "${FIXTURE_WORK:-}" ]; then
        rm -rf "$WORK"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT     # so that cleanup sees a failure
trap 'exit 143' TERM
if [ "$(id -u)" = 0 ]; then chown postgres: "$PGDIR"; fi
psql_() { "$PG_BIN/psql" -X -q -h "$PGDIR" -U postgres -v ON_ERROR_STOP=1 "$@"; }

echo "== two homeservers, the scenario"
if [ ! -f "$WORK/scenario.json" ]; then
    "$PY" $HERE/harness.py init "$WORK" --base-port "$BASE_PORT" --redaction-retention 1m
    "$PY" $HERE/populate.py "$WORK" "$WORK/scenario.json"
fi

echo "== SQLite databases, configs, keys"
STAGE=$WORK/out
rm -rf "$STAGE" && mkdir -p "$STAGE"
for hs in hs1 hs2; do
    "$PY" $HERE/fixture_tools.py copy-db "$WORK/$hs/homeserver.db" "$STAGE/$hs.db"
    cp "$WORK/$hs/signing.key" "$STAGE/$hs.signing.key"
done
"$PY" $HERE/fixture_tools.py files "$WORK" "$WORK/scenario.json" "$STAGE"

echo "== PostgreSQL: synapse_port_db, pg_dump"
pg_start port
for hs in hs1 hs2; do
    psql_ -d postgres -c "CREATE DATABASE $hs ENCODING 'UTF8' LC_COLLATE='C' LC_CTYPE='C' TEMPLATE template0"
    cp "$STAGE/$hs.db" "$WORK/$hs.port.db"    # the porter may touch the SQLite file: give it a copy
    "$PY" - "$STAGE/$hs.yaml" "$WORK/$hs.pg.yaml" "$PGDIR" "$hs" "$STAGE" <<'EOF'
import sys, os, yaml
src, dst, sock, db, out = sys.argv[1:]
hs = yaml.safe_load(open(src))
yaml.safe_dump({
    "server_name": hs["server_name"],
    "signing_key_path": os.path.join(out, hs["signing_key_path"]),
    "report_stats": False,
    "database": {"name": "psycopg2",
                 "args": {"user": "postgres", "dbname": db, "host": sock, "cp_min": 1, "cp_max": 2}},
}, open(dst, "w"))
EOF
    (cd "$WORK" && "$VENV/bin/synapse_port_db" --sqlite-database "$hs.port.db" \
        --postgres-config "$hs.pg.yaml" >"$hs.port.log" 2>&1) ||
        { tail -30 "$WORK/$hs.port.log"; exit 1; }
    # pg_dump (15.14 on) brackets its output in \restrict KEY ... \unrestrict KEY with a random KEY;
    # dropping the pair leaves plain SQL that any psql loads and that does not change from run to run.
    "$PG_BIN/pg_dump" -h "$PGDIR" -U postgres --no-owner --no-privileges "$hs" |
        sed -E '/^\\(un)?restrict [A-Za-z0-9]+$/d' >"$STAGE/$hs.pg.sql"
done
"$PY" $HERE/fixture_tools.py schema "$STAGE" "$WORK/schema.json" "host=$PGDIR user=postgres"
pg_stop

echo "== the dumps load into a fresh cluster"
pg_start check
for hs in hs1 hs2; do
    psql_ -d postgres -c "CREATE DATABASE $hs ENCODING 'UTF8' LC_COLLATE='C' LC_CTYPE='C' TEMPLATE template0"
    psql_ -d "$hs" -f "$STAGE/$hs.pg.sql" >/dev/null
    echo "$hs.pg.sql: $(psql_ -d "$hs" -At -c 'SELECT count(*) FROM event_json') events loaded"
done
pg_stop

echo "== manifest"
"$PY" $HERE/fixture_tools.py manifest "$WORK/scenario.json" "$WORK/schema.json" "$STAGE"

mkdir -p "$OUT"
rm -f "$OUT"/hs[12].* "$OUT/manifest.json"
cp "$STAGE"/* "$OUT"/
ls -l "$OUT"
