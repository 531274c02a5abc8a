# PostgreSQL helpers for the fixture scripts (sourced, bash). Needs PG_BIN, PGDIR (a short directory that
# holds the clusters and their Unix socket) and VENV (for synapse_port_db).
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
psql_() { "$PG_BIN/psql" -X -q -h "$PGDIR" -U postgres -v ON_ERROR_STOP=1 "$@"; }

# port_and_dump NAME SQLITE SIGNING_KEY SERVER_NAME WORK DUMP: a fresh database NAME in the running
# cluster, SQLITE's data ported into it by synapse_port_db (on a copy, which the porter may touch), and
# pg_dump's plain SQL of it in DUMP. pg_dump (15.14 on) brackets its output in \restrict KEY ...
# \unrestrict KEY with a random KEY; dropping the pair leaves plain SQL that any psql loads and that does
# not change from run to run.
port_and_dump() {
    local name=$1 sqlite=$2 key=$3 server=$4 work=$5 dump=$6
    psql_ -d postgres -c "CREATE DATABASE $name ENCODING 'UTF8' LC_COLLATE='C' LC_CTYPE='C' TEMPLATE template0"
    cp "$sqlite" "$work/$name.port.db"
    "$VENV/bin/python" - "$work/$name.pg.yaml" "$PGDIR" "$name" "$key" "$server" <<'PY'
import sys, yaml
dst, sock, db, key, server = sys.argv[1:]
yaml.safe_dump({
    "server_name": server, "signing_key_path": key, "report_stats": False,
    "database": {"name": "psycopg2",
                 "args": {"user": "postgres", "dbname": db, "host": sock, "cp_min": 1, "cp_max": 2}},
}, open(dst, "w"))
PY
    (cd "$work" && "$VENV/bin/synapse_port_db" --sqlite-database "$name.port.db" \
        --postgres-config "$name.pg.yaml" >"$name.port.log" 2>&1) ||
        { tail -30 "$work/$name.port.log"; return 1; }
    "$PG_BIN/pg_dump" -h "$PGDIR" -U postgres --no-owner --no-privileges "$name" |
        sed -E '/^\\(un)?restrict [A-Za-z0-9]+$/d' >"$dump"
}
