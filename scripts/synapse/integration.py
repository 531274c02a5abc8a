#!/usr/bin/env python3
"""make integration: every fetching flow of mxkeys against two real Synapse servers (~2 minutes).

    integration.py MXKEYS_BINARY [--base-port 8680]

Starts two homeservers that federate over TLS with certificates from a throwaway CA (scripts/synapse/),
sets up users, rooms, account data through the client API, then runs the real mxkeys binary and checks
exact outcomes: server-keys fetch (direct and through the other server as notary) and server-keys verify;
event fetch of a room's state and history, verified with event verify and the fetched keys; backup upload
--new-version, backup fetch, backup decrypt; ssss fetch, ssss decrypt --account-data; and the one-line
errors (TLS, connect, wrong server_name, HTTP status from the destination, a rejected signature). The
access token must appear in no output and no saved file. Stops the servers however it ends.
"""

import argparse
import base64
import json
import os
import secrets
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import harness  # noqa: E402  (runs this script again under the venv's Python if need be)

OUTPUTS = []   # every stdout and stderr of mxkeys, for the token check


class Checks:
    """A suite's outcomes, a line each; the first failure ends the run with the suite's count."""

    def __init__(self, suite):
        self.suite, self.passed = suite, 0

    def __call__(self, cond, what, detail="", show=False):
        """One outcome; `show` prints the detail (an error line) under a passing check too."""
        print(("ok   " if cond else "FAIL ") + what + ("" if (cond and not show) or not detail else f"\n     {detail.strip()}"), flush=True)
        if not cond:
            print(f"{self.suite}: {self.passed} passed, 1 failed")
            raise SystemExit(1)
        self.passed += 1

    def done(self):
        print(f"{self.suite}: {self.passed} passed, 0 failed")


check = Checks("integration")


class Run:
    def __init__(self, binary, cwd):
        self.binary, self.cwd = binary, cwd

    def __call__(self, *args, env=None, stdin=None):
        full_env = {k: v for k, v in os.environ.items() if not k.startswith("MXKEYS_")}
        full_env.update(env or {})
        p = subprocess.run([self.binary, *args], cwd=self.cwd, env=full_env, input=stdin,
                           capture_output=True, timeout=300)
        out, err = p.stdout.decode(), p.stderr.decode()
        OUTPUTS.append(out)
        OUTPUTS.append(err)
        return p.returncode, out, err


def one_line(err):
    lines = err.strip().split("\n")
    return len(lines) == 1 and lines[0].startswith("mxkeys: ")


def on_a_fresh_pair(name, flows, run=Run):
    """A suite's main (MXKEYS_BINARY [--base-port N] [--venv DIR]): flows(pair, mx, files) with a fresh
    pair started, mx running the binary in files/, all in a temporary directory that goes afterwards."""
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("--base-port", type=int, default=8680)
    ap.add_argument("--venv", default=os.environ.get("SYNAPSE_VENV", str(harness.ROOT / ".build/synapse-venv")))
    a = ap.parse_args()
    binary = str(Path(a.binary).resolve())
    with tempfile.TemporaryDirectory(prefix=f"mxkeys-{name}.") as work:
        work = Path(work)
        pair = harness.Pair.init(str(work / "pair"), a.venv, a.base_port)
        files = work / "files"
        files.mkdir()
        with pair:
            flows(pair, run(binary, str(files)), files)


def main():
    on_a_fresh_pair("integration", flows)
    check.done()


def flows(pair, mx, files):
    hs1, hs2 = (pair.server(h) for h in harness.SERVERS)
    s1, s2 = hs1["server_name"], hs2["server_name"]
    ca = pair.ca_cert
    key1, _ = harness.key_facts(hs1["signing_key"])
    # hs2's signing key, as a key file should be kept (mxkeys warns about one that others can read).
    (files / "hs2.key").write_bytes(Path(hs2["signing_key"]).read_bytes())
    os.chmod(files / "hs2.key", 0o600)
    hs2 = dict(hs2, signing_key=str(files / "hs2.key"))

    # ---- server keys, direct -------------------------------------------------------------------
    before = int(time.time() * 1000)
    code, out, err = mx("server-keys", "fetch", s1, s2, "--output-dir", "keys", "--ca-file", ca, "--json")
    after = int(time.time() * 1000)
    check(code == 0 and err == "", "server-keys fetch of both servers, directly", err)
    reports = [json.loads(line) for line in out.strip().split("\n")]
    check([r["file"] for r in reports] == [f"keys/{s1}.json", f"keys/{s2}.json"], "saved as DIR/SERVER.json")
    r1 = reports[0]
    check(r1["resolution"]["step"] == "explicit-port" and r1["resolution"]["host_header"] == s1
          and r1["resolution"]["certificate_name"] == "localhost" and r1["resolution"]["connect"] == s1,
          "the resolution: a hostname with an explicit port; Host is the server name, the certificate is for the hostname",
          json.dumps(r1["resolution"]))
    saved = (files / "keys" / f"{s1}.json").read_bytes()
    member_end = saved.index(b"},") + 2
    check(saved.startswith(b'{"unsigned":{"fetched_at":'), "the saved file starts with the unsigned member")
    unsigned = json.loads(saved)["unsigned"]
    check(before <= unsigned["fetched_at"] <= after and unsigned["fetched_from"] == f"https://localhost:{hs1['federation_port']}/_matrix/key/v2/server",
          "unsigned.fetched_at is the fetch time, fetched_from the URL", json.dumps(unsigned))
    received = b"{" + saved[member_end:]
    check(json.loads(received)["server_name"] == s1 and key1 in json.loads(received)["verify_keys"],
          "the rest of the file is the response as received")
    code, out, err = mx("verify", "--server", s1, "--server-keys", f"keys/{s1}.json", f"keys/{s1}.json")
    check(code == 0, "the saved file still verifies as signed JSON", out + err)
    code, out, err = mx("server-keys", "verify", "keys")
    check(code == 0 and "fetched_at not given" not in out and f"fetched {''}" in out
          and f"from https://localhost:{hs1['federation_port']}/_matrix/key/v2/server" in out,
          "server-keys verify uses the saved fetch times", out)
    code, out, err = mx("server-keys", "verify", "--json", "--fetched-at", "1700000000000", "keys")
    objects = [json.loads(l) for l in out.strip().split("\n")]
    check(code == 0 and all(o["fetched_at"] == 1700000000000 for o in objects[:-1])
          and objects[-1]["summary"]["refused"] == 0 and objects[-1]["summary"]["responses"] == len(objects) - 1,
          "--fetched-at overrides the saved times; a summary object ends the output")

    # ---- server keys, through the other server as notary --------------------------------------
    code, out, err = mx("server-keys", "fetch", s1, "--notary", s2, "--key-id", key1, "--output-dir", "notary", "--ca-file", ca)
    check(code == 0 and (files / "notary" / f"{s1}.via.{s2}.json").exists() and (files / "notary" / f"{s2}.json").exists(),
          "server-keys fetch through a notary: its own keys first, then its answer in SERVER.via.NOTARY.json", out + err)
    check(f"{s1} through the notary {s2}" in out and f"self-signature and {s2}'s signature verified" in out, "the report names the notary", out)
    via = json.loads((files / "notary" / f"{s1}.via.{s2}.json").read_bytes())
    check(set(via["server_keys"][0]["signatures"]) == {s1, s2} and via["unsigned"]["fetched_from"].endswith("/_matrix/key/v2/query"),
          "the notary's answer is saved with both signatures and where it came from")
    code, out, err = mx("server-keys", "verify", "notary")
    check(code == 0 and f"signature of {s2}: valid" in out, "server-keys verify checks the notary signature with the notary's fetched keys", out)

    # ---- server keys: the one-line failures ----------------------------------------------------
    code, out, err = mx("server-keys", "fetch", s1, "--output-dir", "keys")
    check(code == 2 and one_line(err) and f"{s1}: TLS: " in err and "the certificate could not be verified" in err
          and "(SSL certificate problem: unable to get local issuer certificate)" in err,
          "without --ca-file the private CA is not trusted: one TLS line", err, show=True)
    code, out, err = mx("server-keys", "fetch", "127.0.0.1:%d" % hs1["federation_port"], "--output-dir", "keys", "--ca-file", ca)
    check(code == 2 and one_line(err) and "wrong server_name: asked for 127.0.0.1:" in err and f"is for {s1}" in err,
          "an IP literal whose response names another server: wrong server_name", err, show=True)
    code, out, err = mx("server-keys", "fetch", "localhost:1", "--output-dir", "keys", "--ca-file", ca, "--connect-timeout", "2")
    check(code == 2 and one_line(err) and "connect: " in err and "connection refused" in err, "a closed port: connect", err, show=True)
    code, out, err = mx("server-keys", "fetch", "no-such-host.invalid:8448", "--output-dir", "keys", "--ca-file", ca)
    check(code == 2 and one_line(err) and "DNS: no-such-host.invalid" in err, "an unknown host: DNS", err, show=True)

    # ---- a room on hs1 that hs2 is in ----------------------------------------------------------
    alice, carol = pair.user("hs1", "alice"), pair.user("hs2", "carol")
    room = alice.create_room(11)
    carol.join(room, via=[s1])
    sent = [alice.message(room, "one"), carol.message(room, "two")]
    alice.wait_for_event(room, sent[1])   # so that alice's next events follow carol's: one line of history
    sent += [alice.state(room, "m.room.topic", {"topic": "audit"}), alice.message(room, "three")]
    private = alice.create_room(11)

    code, out, err = mx("event", "fetch", "--as", s2, "--key", hs2["signing_key"], "--from", s1, "--state", room,
                        "--ca-file", ca, "--output", "state.jsonl")
    lines = (files / "state.jsonl").read_text().strip().split("\n") if code == 0 else []
    check(code == 0 and len(lines) >= 6 and "room version 11 (the create event)" in out,
          "event fetch --state: the state and its auth chain, as JSON lines", out + err)
    code, out, err = mx("event", "verify", "--room-version", "11", "--server-keys", "keys", "state.jsonl")
    check(code == 0 and f"{len(lines)} events (JSON lines, room version 11): {len(lines)} valid, 0 redacted, 0 rejected" in out
          and "fetched_at saved with each response" in out, "event verify of the fetched state with the fetched keys", out + err)

    code, out, err = mx("event", "fetch", "--as", s2, "--key", hs2["signing_key"], "--from", s1, "--backfill", room,
                        "--from-event", sent[-1], "--limit", "200", "--ca-file", ca, "--output", "history.jsonl")
    check(code == 0, "event fetch --backfill: history back to the create event", err)
    code, ids, err = mx("event", "id", "--room-version", "11", "--lines", "history.jsonl")
    fetched_ids = ids.split()
    check(set(sent) <= set(fetched_ids) and len(fetched_ids) == len(set(fetched_ids)),
          "the history holds every event sent, each once", f"{sent} / {fetched_ids}")
    types = [json.loads(l)["type"] for l in (files / "history.jsonl").read_text().strip().split("\n")]
    check("m.room.create" in types, "paging stopped at the create event")
    code, out, err = mx("event", "verify", "--room-version", "11", "--server-keys", "keys", "history.jsonl")
    check(code == 0 and f"{len(fetched_ids)} valid, 0 redacted, 0 rejected" in out, "event verify of the history", out + err)

    code, out, err = mx("event", "fetch", "--as", s2, "--key", hs2["signing_key"], "--from", s1, "--event", sent[1], "--ca-file", ca)
    check(code == 0 and len(out.strip().split("\n")) == 1 and json.loads(out)["content"]["body"] == "two",
          "event fetch --event: one PDU on standard output", out + err)

    code, out, err = mx("event", "fetch", "--as", s2, "--key", hs2["signing_key"], "--from", s1, "--state", private, "--ca-file", ca)
    check(code == 2 and one_line(err) and "HTTP status 403 M_FORBIDDEN" in err, "a room the origin is not in: what the destination said (403)", err, show=True)
    code, out, err = mx("event", "fetch", "--as", s2, "--key", hs2["signing_key"], "--from", s1, "--event", "$nosuchevent", "--ca-file", ca)
    check(code == 2 and one_line(err) and "HTTP status 404 (https://localhost:" in err, "an unknown event: 404", err, show=True)
    code, _, _ = mx("keygen", "--key-version", "stranger", "--output", "stranger.key")
    code, out, err = mx("event", "fetch", "--as", s2, "--key", "stranger.key", "--from", s1, "--event", sent[1], "--ca-file", ca)
    check(code == 2 and one_line(err) and "HTTP status 401" in err, "a request signed with a key the origin does not have: 401", err, show=True)

    # ---- key backup: upload --new-version, fetch, decrypt --------------------------------------
    token = alice.token
    (files / "token").write_text(token + "\n")
    os.chmod(files / "token", 0o600)
    code, out, err = mx("backup", "new-key", "--json")
    created = json.loads(out)
    (files / "recovery.txt").write_text(created["recovery_key"])
    (files / "auth.json").write_text(json.dumps(created["auth_data"]))
    sessions = []
    for i in range(3):
        key = base64.b64encode(bytes([2, 0, 0, 0, i]) + secrets.token_bytes(160)).decode()
        sessions.append({"algorithm": "m.megolm.v1.aes-sha2", "forwarding_curve25519_key_chain": [], "room_id": room,
                         "sender_claimed_keys": {"ed25519": "claimed"}, "sender_key": "sender", "session_id": f"session{i}",
                         "session_key": key})
    (files / "sessions.json").write_text(json.dumps(sessions))
    code, body, err = mx("backup", "encrypt", "--auth-data", "auth.json", "sessions.json")
    (files / "body.json").write_text(body)
    client = ["--user-id", alice.user_id, "--homeserver", hs1["client_url"]]
    code, out, err = mx("backup", "upload", *client, "--new-version", "--auth-data", "auth.json", "body.json",
                        env={"MXKEYS_ACCESS_TOKEN": token})
    check(code == 0 and "uploaded 3 sessions of 1 rooms to the new backup version" in out and "the server now counts 3 sessions" in out,
          "backup upload --new-version: a new version, and the count the server gives", out + err)
    version = out.split("the new backup version ")[1].split(";")[0]
    code, out, err = mx("backup", "fetch", *client, "--access-token-file", "token", "--output", "backup.json")
    check(code == 0 and f"backup version {version} (m.megolm_backup.v1.curve25519-aes-sha2), etag " in out
          and ": 3 sessions in " in out and "the server counts" not in out and "changed" not in out, "backup fetch", out + err)
    saved = json.loads((files / "backup.json").read_bytes())
    check(saved["version"] == version and saved["auth_data"]["public_key"] == created["auth_data"]["public_key"]
          and len(saved["rooms"][room]["sessions"]) == 3 and (os.stat(files / "backup.json").st_mode & 0o777) == 0o600,
          "the file holds the version info and the sessions (mode 0600)")
    rk = {"MXKEYS_RECOVERY_KEY": created["recovery_key"]}
    code, out, err = mx("backup", "check-key", "--auth-data", "backup.json", env=rk)
    check(code == 0, "backup check-key reads the fetched file as it is", out + err)
    code, out, err = mx("backup", "decrypt", "backup.json", env=rk)
    back = json.loads(out) if code == 0 else []
    check(code == 0 and sorted(back, key=lambda s: s["session_id"]) == sessions, "backup decrypt gives the sessions back", err)
    code, out, err = mx("backup", "export", "backup.json", "--output", "export.txt", "--rounds", "1000",
                        env={**rk, "MXKEYS_EXPORT_PASSPHRASE": "integration"})
    check(code == 0 and (files / "export.txt").read_text().startswith("-----BEGIN MEGOLM SESSION DATA-----"),
          "backup export reads it as it is", err)
    code, out, err = mx("backup", "new-key", "--json")
    (files / "other-auth.json").write_text(json.dumps(json.loads(out)["auth_data"]))
    code, out, err = mx("backup", "upload", *client, "--backup-version", version, "--auth-data", "other-auth.json", "body.json",
                        env={"MXKEYS_ACCESS_TOKEN": token})
    check(code == 1 and one_line(err) and "another public key" in err, "backup upload to a version of another key: nothing uploaded (exit 1)", err, show=True)
    code, out, err = mx("backup", "fetch", *client, "--output", "bad.json", env={"MXKEYS_ACCESS_TOKEN": "not-a-token"})
    check(code == 2 and one_line(err) and "HTTP status 401 M_UNKNOWN_TOKEN" in err and not (files / "bad.json").exists(),
          "a wrong token: what the server said, and no file", err, show=True)

    # ---- secret storage: account data set by a client, fetched, decrypted ----------------------
    code, out, err = mx("ssss", "new-key", "--key-id", "integrationkey")
    key = json.loads(out)
    alice.set_account_data(key["account_data_type"], key["key_description"])
    alice.set_account_data("m.secret_storage.default_key", {"key": key["key_id"]})
    wanted = {"m.cross_signing.master": "master-secret-value", "m.megolm_backup.v1": base64.b64encode(secrets.token_bytes(32)).decode()}
    for name, secret in wanted.items():
        code, out, err = mx("ssss", "encrypt", "--name", name, "--key-id", key["key_id"], stdin=secret.encode(),
                            env={"MXKEYS_RECOVERY_KEY": key["recovery_key"]})
        alice.set_account_data(name, json.loads(out))
    code, out, err = mx("ssss", "fetch", *client, "--output", "account-data.json", env={"MXKEYS_ACCESS_TOKEN": token})
    check(code == 0 and "4 account data types" in out, "ssss fetch of the account data a client set", out + err)
    dump = json.loads((files / "account-data.json").read_bytes())
    check(sorted(dump) == ["m.cross_signing.master", "m.megolm_backup.v1", "m.secret_storage.default_key", "m.secret_storage.key.integrationkey"],
          "the dump holds the default key, its description and the secrets", json.dumps(sorted(dump)))
    code, out, err = mx("ssss", "decrypt", "--account-data", "account-data.json", env={"MXKEYS_RECOVERY_KEY": key["recovery_key"]})
    check(code == 0 and all(secret in out for secret in wanted.values()), "ssss decrypt --account-data opens every secret", out + err)

    # ---- the token: never printed, never saved -------------------------------------------------
    leaks = [i for i, text in enumerate(OUTPUTS) if token in text]
    saved_leaks = [p.name for p in files.rglob("*") if p.is_file() and p.name != "token" and token.encode() in p.read_bytes()]
    check(not leaks and not saved_leaks, "the access token is in no output and no saved file", f"{leaks} {saved_leaks}")


if __name__ == "__main__":
    main()
