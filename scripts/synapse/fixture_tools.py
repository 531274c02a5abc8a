#!/usr/bin/env python3
"""The steps of make-fixtures.sh that read or write files (run with the Synapse venv's Python):

    fixture_tools.py copy-db  SRC.db DST.db                 a single-file, vacuumed copy of a SQLite database
    fixture_tools.py files    WORKDIR SCENARIO.json OUT   configs, log configs, key responses into OUT
    fixture_tools.py schema   OUT SCHEMA.json DSN          column names/types and row counts, SQLite and PostgreSQL
    fixture_tools.py manifest SCENARIO.json SCHEMA.json OUT   OUT/manifest.json, checking the scenario's claims
"""

import hashlib
import importlib.metadata
import json
import os
import sqlite3
import sys
from pathlib import Path

import yaml

SERVERS = ("hs1", "hs2")
TABLES = ("event_json", "events", "rooms", "rejections", "redactions", "server_keys_json",
          "schema_version", "schema_compat_version")
COUNTED = ("events", "event_json", "rejections", "redactions", "server_keys_json", "rooms")

CONFIG_HEADER = """\
# The Synapse homeserver config of the mxkeys fixture server {hs}, as `make fixtures` ran it, with its
# paths made relative to this directory and its secrets taken out (the macaroon key is a dummy).
# Not in the fixture: the TLS files (tls/), the media store, the log. {hs}.signing.key is a throwaway key.
"""


def dump_yaml(data):
    class Dumper(yaml.SafeDumper):
        def ignore_aliases(self, data):
            return True
    return yaml.dump(data, Dumper=Dumper, sort_keys=False)


def copy_db(src, dst):
    """A consistent copy of a stopped server's SQLite database: one file, no WAL, vacuumed."""
    with sqlite3.connect(src) as db:
        db.execute("PRAGMA journal_mode=DELETE")  # folds the WAL back in
        with sqlite3.connect(dst) as copy:
            db.backup(copy)
    copy = sqlite3.connect(dst)
    copy.execute("PRAGMA journal_mode=DELETE")
    copy.execute("VACUUM")
    copy.close()


def files(workdir, scenario_path, out):
    workdir, out = Path(workdir), Path(out)
    scenario = json.loads(Path(scenario_path).read_text())
    for hs in SERVERS:
        config = yaml.safe_load((workdir / hs / "homeserver.yaml").read_text())
        config["pid_file"] = f"{hs}.pid"
        config["tls_certificate_path"] = f"tls/{hs}.crt"
        config["tls_private_key_path"] = f"tls/{hs}.key"
        config["federation_custom_ca_list"] = ["tls/ca.crt"]
        config["database"]["args"]["database"] = f"{hs}.db"
        config["log_config"] = f"{hs}.log.config"
        config["media_store_path"] = f"{hs}.media_store"
        config["signing_key_path"] = f"{hs}.signing.key"
        del config["registration_shared_secret"], config["form_secret"]
        config["macaroon_secret_key"] = "dummy-fixture-macaroon-secret-not-a-secret"
        (out / f"{hs}.yaml").write_text(CONFIG_HEADER.format(hs=hs) + dump_yaml(config))
        log_config = yaml.safe_load((workdir / hs / "log.config").read_text())
        log_config["handlers"]["file"]["filename"] = f"{hs}.log"
        (out / f"{hs}.log.config").write_text(dump_yaml(log_config))
    for name, body in scenario["key_responses"].items():
        (out / name).write_text(json.dumps(body, indent=2, sort_keys=True) + "\n")


def _pg_types(cur, table):
    cur.execute("SELECT column_name, data_type FROM information_schema.columns "
                "WHERE table_schema = 'public' AND table_name = %s ORDER BY ordinal_position", (table,))
    return [[name, kind] for name, kind in cur.fetchall()]


def schema(out, dest, dsn):
    import psycopg2

    out = Path(out)
    facts = {"sqlite": {}, "postgres": {}, "counts": {}}
    for hs in SERVERS:
        db = sqlite3.connect(out / f"{hs}.db")
        pg = psycopg2.connect(f"{dsn} dbname={hs}")
        cur = pg.cursor()
        if hs == "hs1":
            for t in TABLES:
                facts["sqlite"][t] = [[r[1], r[2]] for r in db.execute(f"PRAGMA table_info({t})")]
                facts["postgres"][t] = _pg_types(cur, t)
            facts["sqlite_storage"] = {
                "server_keys_json.key_json": db.execute(
                    "SELECT DISTINCT typeof(key_json) FROM server_keys_json").fetchall(),
                "event_json.json": db.execute("SELECT DISTINCT typeof(json) FROM event_json").fetchall(),
                "redactions.have_censored": db.execute(
                    "SELECT DISTINCT typeof(have_censored) FROM redactions").fetchall(),
            }
        counts = {}
        for t in COUNTED:
            cur.execute(f"SELECT count(*) FROM {t}")
            pg_count = cur.fetchone()[0]
            sq_count = db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            if pg_count != sq_count:
                raise SystemExit(f"{hs}.{t}: {sq_count} rows in SQLite but {pg_count} in PostgreSQL")
            counts[t] = sq_count
        # The JSON columns must hold the same text in both databases.
        cur.execute("SELECT event_id, json FROM event_json ORDER BY event_id")
        if cur.fetchall() != db.execute("SELECT event_id, json FROM event_json ORDER BY event_id").fetchall():
            raise SystemExit(f"{hs}: event_json differs between SQLite and PostgreSQL")
        cur.execute("SELECT key_id, key_json FROM server_keys_json ORDER BY key_id, from_server")
        pg_keys = [(k, bytes(v)) for k, v in cur.fetchall()]
        sq_keys = [(k, bytes(v)) for k, v in db.execute(
            "SELECT key_id, key_json FROM server_keys_json ORDER BY key_id, from_server")]
        if pg_keys != sq_keys:
            raise SystemExit(f"{hs}: server_keys_json differs between SQLite and PostgreSQL")
        facts["counts"][hs] = counts
        pg.close()
        db.close()
    Path(dest).write_text(json.dumps(facts, indent=2) + "\n")


def _key(path):
    """(key_id, public key b64) of a Synapse signing key file, as mxkeys reads it."""
    from signedjson.key import encode_verify_key_base64, get_verify_key, read_signing_keys
    with open(path) as f:
        key = read_signing_keys(f)[0]
    return f"{key.alg}:{key.version}", encode_verify_key_base64(get_verify_key(key))


def _check(cond, what):
    if not cond:
        raise SystemExit(f"manifest: {what}")


def manifest(scenario_path, schema_path, out):
    out = Path(out)
    sc = json.loads(Path(scenario_path).read_text())
    schema_facts = json.loads(Path(schema_path).read_text())
    rot = sc["rotation"]
    dbs = {hs: sqlite3.connect(out / f"{hs}.db") for hs in SERVERS}
    names = {}
    servers = {}
    for hs, db in dbs.items():
        config = yaml.safe_load((out / f"{hs}.yaml").read_text())
        names[hs] = config["server_name"]
        key_id, public = _key(out / config["signing_key_path"])
        old_keys = [{"key_id": k, "public_key": v["key"], "expired_ts": v["expired_ts"]}
                    for k, v in config.get("old_signing_keys", {}).items()]
        events_total, outliers = db.execute("SELECT count(*), coalesce(sum(outlier), 0) FROM events").fetchone()
        servers[hs] = {
            "server_name": config["server_name"],
            "config": f"{hs}.yaml",
            "database": f"{hs}.db",
            "pg_dump": f"{hs}.pg.sql",
            "signing_key_file": config["signing_key_path"],
            "key_id": key_id,
            "public_key": public,
            "old_keys": old_keys,
            "schema_version": db.execute("SELECT version FROM schema_version").fetchone()[0],
            "schema_version_upgraded": bool(db.execute("SELECT upgraded FROM schema_version").fetchone()[0]),
            "schema_compat_version": db.execute("SELECT compat_version FROM schema_compat_version").fetchone()[0],
            "rows": {**schema_facts["counts"][hs], "outlier_events": outliers},
            "sqlite_bytes": os.path.getsize(out / f"{hs}.db"),
            "pg_dump_bytes": os.path.getsize(out / f"{hs}.pg.sql"),
            "server_keys_json": [
                {"server_name": r[0], "key_id": r[1], "from_server": r[2], "ts_added_ms": r[3],
                 "ts_valid_until_ms": r[4], "key_json_sha256": hashlib.sha256(bytes(r[5])).hexdigest()}
                for r in db.execute("SELECT server_name, key_id, from_server, ts_added_ms, "
                                    "ts_valid_until_ms, key_json FROM server_keys_json "
                                    "ORDER BY server_name, key_id, from_server")],
        }
        _check(events_total == servers[hs]["rows"]["events"], "events count")
    _check(servers["hs1"]["key_id"] == rot["new_key_id"], "hs1's key file is not the rotated key")
    _check(servers["hs1"]["old_keys"] == [{"key_id": rot["old_key_id"], "public_key": rot["old_public_key"],
                                           "expired_ts": rot["expired_ts"]}], "hs1's old_signing_keys")

    rooms = {}
    for label, r in sc["rooms"].items():
        counts = {}
        for hs, db in dbs.items():
            version = db.execute("SELECT room_version FROM rooms WHERE room_id = ?", (r["room_id"],)).fetchone()
            _check(version and version[0] == r["room_version"], f"{hs}: room {label} version")
            counts[hs] = db.execute("SELECT count(*) FROM events WHERE room_id = ?", (r["room_id"],)).fetchone()[0]
        rooms[label] = {**r, "events": counts}

    def event_json(hs, event_id):
        row = dbs[hs].execute("SELECT json FROM event_json WHERE event_id = ?", (event_id,)).fetchone()
        _check(row, f"{hs} lacks event {event_id}")
        return json.loads(row[0])

    def censored(hs, redaction_id):
        row = dbs[hs].execute("SELECT have_censored FROM redactions WHERE event_id = ?", (redaction_id,)).fetchone()
        _check(row, f"{hs} lacks redaction {redaction_id}")
        return bool(row[0])

    ev = sc["events"]
    hs1 = names["hs1"]
    notes = {}
    for label in ("censored", "redacted"):
        e = ev[label]
        notes[label] = {**e, "room_id": sc["rooms"][e["room"]]["room_id"],
                        "have_censored": {hs: censored(hs, e["redaction"]) for hs in SERVERS}}
        for hs in SERVERS:
            body = event_json(hs, e["event_id"])
            redacts = event_json(hs, e["redaction"])
            _check(redacts.get("redacts", redacts["content"].get("redacts")) == e["event_id"], "redaction target")
            if label == "censored":
                _check(notes[label]["have_censored"][hs] and body["content"] == {}, f"{hs}: not censored")
            else:
                _check(not notes[label]["have_censored"][hs] and body["content"].get("body"),
                       f"{hs}: the redacted event was censored too")
    j = ev["restricted_join"]
    notes["restricted_join"] = {**j, "room_id": sc["rooms"][j["room"]]["room_id"]}
    for hs in SERVERS:
        body = event_json(hs, j["event_id"])
        _check(body["content"].get("join_authorised_via_users_server") == j["authorised_via"], "restricted join")
        _check(set(body["signatures"]) == {names["hs2"], j["authorising_server"]}, "restricted join signatures")
    for label, key in (("old_key", rot["old_key_id"]), ("new_key", rot["new_key_id"])):
        e = ev[label]
        notes[label] = {**e, "room_id": sc["rooms"][e["room"]]["room_id"], "key_id": key}
        for hs in SERVERS:
            body = event_json(hs, e["event_id"])
            _check(list(body["signatures"][hs1]) == [key], f"{hs}: {label} event not signed with {key}")
            if label == "old_key":
                _check(body["origin_server_ts"] < rot["expired_ts"], "old-key event after expired_ts")

    r = ev["rejected"]
    reason = dbs["hs1"].execute("SELECT reason FROM rejections WHERE event_id = ?", (r["event_id"],)).fetchone()
    _check(reason, "hs1 did not reject the unauthorised event")
    _check(not dbs["hs2"].execute("SELECT 1 FROM events WHERE event_id = ?", (r["event_id"],)).fetchone(),
           "hs2 holds the rejected event")
    notes["rejected"] = {**r, "room_id": sc["rooms"][r["room"]]["room_id"], "reason": reason[0]}

    synapse_version = importlib.metadata.version("matrix-synapse")
    result = {
        "generated_by": "make fixtures (scripts/synapse/make-fixtures.sh)",
        "synapse_version": synapse_version,
        "servers": servers,
        "users": sc["users"],
        "rooms": rooms,
        "events": notes,
        "hs1_key_rotation": rot,
        "key_responses": sorted(sc["key_responses"]),
        "schema": {k: schema_facts[k] for k in ("sqlite", "postgres", "sqlite_storage")},
    }
    (out / "manifest.json").write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    cmd, *args = sys.argv[1:]
    {"copy-db": copy_db, "files": files, "schema": schema, "manifest": manifest}[cmd](*args)
