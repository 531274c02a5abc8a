#!/usr/bin/env python3
"""make integration, identities: mxkeys audits, signs and judges what a real client library made on a
live Synapse pair (~15 s).

    identities_live.py MXKEYS_BINARY [--base-port 8680]

The client side is libolm through python-olm (identities.py): on hs1 @alice and @bob, on hs2 @carol,
each with devices NAME1 and NAME2 uploading self-signed device keys and cross-signing keys whose
self-signing key signs NAME1; alice's user-signing key signs bob's and carol's master keys; the three
share a room, so that hs1 tracks carol's keys. alice keeps her three cross-signing private keys (and a
backup key) in secret storage as clients do: account data m.secret_storage.key.ID (with its key check),
m.secret_storage.default_key, and m.cross_signing.* encrypted with m.secret_storage.v1.aes-hmac-sha2 to
a random key that she holds as a recovery key (HKDF, AES-CTR and HMAC from the `cryptography` package
that Synapse brings). Then the real mxkeys binary, and exact outcomes:

- `keys query` + `devices verify FILE --json` and `devices verify --synapse-config --json` agree device
  for device, and user for user but for what only the database holds (other users' user-signing keys,
  which users are remote), before and after the database is tampered with; `keys query` of a user whose
  server cannot be reached is one line naming that server (exit 1);
- secret storage as the client wrote it opens with `ssss fetch` and `ssss decrypt --account-data`;
- `backup trust` on versions whose auth_data the client signed: by the master key (trusted, exit 0) and
  the same with its signature altered on the server (untrusted, exit 1); by ALICE2 before mxkeys
  cross-signs it (untrusted, exit 1) and after (trusted, exit 0);
- `cross-signing sign-device` with the self-signing key from secret storage (a wrong recovery key is
  exit 1), `keys upload-signatures` (a forged signature is refused with the server's reason, exit 1),
  and the next `/keys/query`: ALICE2 cross-signed for mxkeys, and its new signature verifying under
  python-olm's ed25519_verify, byte for byte the one libolm makes;
- hs1 stopped, bob's cross-signed BOB1 altered in e2e_device_keys_json (its curve25519 key swapped) and
  a device INJECTED added straight into devices and e2e_device_keys_json: both audits say BOB1 invalid,
  INJECTED not-cross-signed, BOB2 not-cross-signed (exit 1);
- the access token and the recovery key are never on a command line (files of mode 0600) and appear in
  no output and no saved file but their own.
"""

import base64
import json
import os
import sqlite3
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import harness  # noqa: E402  (runs this script again under the venv's Python if need be)
import identities  # noqa: E402  (the client side: python-olm)
from integration import OUTPUTS, Checks, Run, on_a_fresh_pair  # noqa: E402

import olm  # noqa: E402
from cryptography.hazmat.primitives import hashes, hmac  # noqa: E402
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey  # noqa: E402
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes  # noqa: E402
from cryptography.hazmat.primitives.kdf.hkdf import HKDF  # noqa: E402

check = Checks("identities")
BACKUP_ALGORITHM = "m.megolm_backup.v1.curve25519-aes-sha2"
BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b64(data, pad=True):
    text = base64.b64encode(bytes(data)).decode()
    return text if pad else text.rstrip("=")


def recovery_key(key):
    """The recovery key a client shows for a 32-byte key: 0x8B 0x01, the key, a parity byte; base58,
    in groups of four."""
    raw = b"\x8b\x01" + key
    parity = 0
    for byte in raw:
        parity ^= byte
    n = int.from_bytes(raw + bytes([parity]), "big")
    text = ""
    while n:
        n, digit = divmod(n, 58)
        text = BASE58[digit] + text
    return " ".join(text[i:i + 4] for i in range(0, len(text), 4))


class SecretStorage:
    """Secret storage as a client sets it up (m.secret_storage.v1.aes-hmac-sha2): a random key that the
    user keeps as a recovery key, its description with the key check, made the default key, and secrets
    encrypted to it, each under its own name."""

    def __init__(self):
        self.key = os.urandom(32)
        self.key_id = b64(os.urandom(24)).replace("+", "A").replace("/", "B")
        self.recovery_key = recovery_key(self.key)

    def encrypt(self, name, plaintext):
        keys = HKDF(algorithm=hashes.SHA256(), length=64, salt=bytes(32), info=name.encode()).derive(self.key)
        iv = bytearray(os.urandom(16))
        iv[8] &= 0x7F
        encryptor = Cipher(algorithms.AES(keys[:32]), modes.CTR(bytes(iv))).encryptor()
        ciphertext = encryptor.update(plaintext) + encryptor.finalize()
        mac = hmac.HMAC(keys[32:], hashes.SHA256())
        mac.update(ciphertext)
        return {"iv": b64(iv), "ciphertext": b64(ciphertext), "mac": b64(mac.finalize())}

    def store(self, session, secrets):
        """Puts the key's description, the default key and each secret ({name: text}) in session's account data."""
        check_value = self.encrypt("", bytes(32))
        session.set_account_data(f"m.secret_storage.key.{self.key_id}", {
            "algorithm": "m.secret_storage.v1.aes-hmac-sha2", "name": "Recovery key",
            "iv": check_value["iv"], "mac": check_value["mac"]})
        session.set_account_data("m.secret_storage.default_key", {"key": self.key_id})
        for name, text in secrets.items():
            session.set_account_data(name, {"encrypted": {self.key_id: self.encrypt(name, text.encode())}})


def secret_file(path, text):
    """A file holding a secret, mode 0600 from its creation."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(text + "\n")
    return str(path)


class RecordedRun(Run):
    """Run, keeping every command line, to show that no secret was on one."""

    def __init__(self, binary, cwd):
        super().__init__(binary, cwd)
        self.command_lines = []

    def __call__(self, *args, **kwargs):
        self.command_lines.append(" ".join(args))
        return super().__call__(*args, **kwargs)


def audit_objects(out):
    """devices verify --json output: ({user ID: user object}, {(user ID, device ID): device object}, summary)."""
    objects = [json.loads(line) for line in out.strip().split("\n")]
    users = {o["user_id"]: o for o in objects if "master_key" in o}
    devices = {(o["user_id"], o["device_id"]): o for o in objects if "device_id" in o}
    summary = objects[-1].get("summary")
    if len(users) + len(devices) + 1 != len(objects) or summary is None:
        raise SystemExit(f"identities: devices verify --json printed something else:\n{out}")
    return users, devices, summary


def verdicts(devices, user_id):
    return {d: o["verdict"] for (u, d), o in devices.items() if u == user_id}


def comparable(audit, querier):
    """An audit's (users, devices) without what only a database can say: whether a user is local (the
    database audit marks another server's user `"local": false`), and the user-signing key of a user
    other than the querier (a /keys/query answer holds the querier's alone; the database holds every
    local user's)."""
    users, devices = audit
    trimmed = {}
    for user_id, user in users.items():
        trimmed[user_id] = {k: v for k, v in user.items() if k != "local" and (k != "user_signing" or user_id == querier)}
    return trimmed, devices


def differences(a, b):
    """Where two audits (their user and device objects) differ, as lines."""
    lines = []
    for kind, left, right in (("user", a[0], b[0]), ("device", a[1], b[1])):
        for key in sorted(set(left) | set(right), key=str):
            if left.get(key) != right.get(key):
                lines.append(f"{kind} {key}: {json.dumps(left.get(key))} / {json.dumps(right.get(key))}")
    return "\n".join(lines)


def main():
    started = time.monotonic()
    on_a_fresh_pair("identities", flows, RecordedRun)
    print(f"identities: {time.monotonic() - started:.0f} s")
    check.done()


def flows(pair, mx, files):
    hs1 = pair.server("hs1")
    # ---- the client library sets the users up ----------------------------------------------------
    people = {"alice": "hs1", "bob": "hs1", "carol": "hs2"}
    first, devices, xsign = {}, {}, {}
    for name, hs in people.items():
        first[name], own, xsign[name] = identities.set_up_user(pair, hs, name)
        devices.update(own)
    alice, bob, carol = (first[n].user_id for n in ("alice", "bob", "carol"))
    identities.share_room(first["alice"], [first["bob"], first["carol"]], hs1["server_name"])
    identities.sign_master_keys(devices["ALICE1"].session, xsign["alice"], {bob: xsign["bob"], carol: xsign["carol"]})
    identities.wait_for_devices(first["alice"], [alice, bob, carol], carol, ["CAROL1", "CAROL2"])

    storage = SecretStorage()
    backup_private = os.urandom(32)
    backup_public = b64(X25519PrivateKey.from_private_bytes(backup_private).public_key().public_bytes_raw(), pad=False)
    seeds = xsign["alice"].secrets()
    storage.store(devices["ALICE1"].session, {**{f"m.cross_signing.{usage}": seed for usage, seed in seeds.items()},
                                             "m.megolm_backup.v1": b64(backup_private)})

    token = first["alice"].token
    token_file = secret_file(files / "alice.token", token)
    rk_file = secret_file(files / "recovery-key.txt", storage.recovery_key)
    client = ["--user-id", alice, "--homeserver", hs1["client_url"], "--access-token-file", token_file]
    everyone = ["--query-user", alice, "--query-user", bob, "--query-user", carol]
    config = ["--synapse-config", hs1["config"]]

    def both_audits(name):
        """keys query as alice, then devices verify of the file and of hs1's database (as alice sees it)."""
        code, out, err = mx("keys", "query", *client, *everyone, "--output", f"{name}.json", "--force")
        check(code == 0, f"keys query of alice, bob and carol as alice ({name}.json)", out + err)
        code_file, out, err = mx("devices", "verify", f"{name}.json", "--json")
        from_file = audit_objects(out)
        code_db, out, err = mx("devices", "verify", *config, "--as", alice, "--json")
        from_db = audit_objects(out)
        return (code_file, *from_file), (code_db, *from_db)

    # ---- the audits of /keys/query and of the database agree ----------------------------------
    q, db = both_audits("query")
    _, users, devs, summary = q
    expected = {alice: {"ALICE1": "cross-signed", "ALICE2": "not-cross-signed"},
                bob: {"BOB1": "cross-signed", "BOB2": "not-cross-signed"},
                carol: {"CAROL1": "cross-signed", "CAROL2": "not-cross-signed"}}
    check(q[0] == 0 and {u: verdicts(devs, u) for u in expected} == expected and summary["invalid"] == 0,
          "devices verify of /keys/query: NAME1 cross-signed, NAME2 not-cross-signed for the three users (exit 0)",
          json.dumps({u: verdicts(devs, u) for u in expected}))
    check(users[alice]["master_key"] == xsign["alice"].public("master") and users[bob]["signed_by_you"] is True
          and users[carol]["signed_by_you"] is True and users[alice]["user_signing"] == "valid",
          "the master keys are the client's; bob and carol are signed by alice's user-signing key",
          json.dumps(users))
    check(db[0] == 0 and db[3]["local"]["users"] == 2 and db[3]["remote"]["users"] == 1 and db[3]["devices"] == 6
          and db[1][carol].get("local") is False and db[1][bob]["user_signing"] == "valid" and db[1][carol]["user_signing"] == "missing",
          "devices verify of hs1's database: alice and bob local (bob's user-signing key valid), carol remote, 6 devices (exit 0)",
          json.dumps(db[3]))
    check(db[2] == q[2], "the two audits agree device for device (6 devices)", differences(q[1:3], db[1:3]))
    check(comparable(db[1:3], alice) == comparable(q[1:3], alice),
          "and user for user (3 users), but for what /keys/query cannot show: bob's user-signing key, carol being remote",
          differences(comparable(q[1:3], alice), comparable(db[1:3], alice)))
    code, out, err = mx("devices", "verify", "query.json", "--require-cross-signed", "--user-id", alice)
    check(code == 1, "devices verify --require-cross-signed: exit 1 while ALICE2 is not cross-signed", out + err)
    code, out, err = mx("keys", "query", *client, "--query-user", alice, "--query-user", "@nobody:localhost:1", "--output", "unreachable.json")
    saved = json.loads((files / "unreachable.json").read_text()) if (files / "unreachable.json").exists() else {}
    check(code == 1 and err.strip().split("\n") == [
              "mxkeys: the server could not ask localhost:1: Failed to send request: ConnectionRefusedError: "
              "Connection was refused by other side: 111: Connection refused. (status 503)"]
          and list(saved.get("failures", {})) == ["localhost:1"] and list(saved["device_keys"]) == [alice],
          "keys query of a user whose server hs1 cannot reach: one line naming it, the answer saved (exit 1)", err, show=True)

    # ---- secret storage as the client wrote it ------------------------------------------------
    code, out, err = mx("ssss", "fetch", *client, "--output", "account-data.json")
    types = sorted([*(f"m.cross_signing.{u}" for u in seeds), "m.megolm_backup.v1", "m.secret_storage.default_key",
                    f"m.secret_storage.key.{storage.key_id}"])
    check(code == 0 and f"6 account data types: {', '.join(types)}" in out, "ssss fetch of alice's secret storage: the 6 types a client set",
          out + err)
    code, out, err = mx("ssss", "decrypt", "--account-data", "account-data.json", "--recovery-key-file", rk_file, "--json")
    opened = {s["name"]: s["secret"] for s in json.loads(out)["secrets"]} if code == 0 else {}
    check(opened == {**{f"m.cross_signing.{u}": s for u, s in seeds.items()}, "m.megolm_backup.v1": b64(backup_private)},
          "ssss decrypt --account-data opens the three cross-signing keys and the backup key as the client stored them",
          out + err)

    # ---- backup trust: the master key's signature, then altered --------------------------------
    auth = xsign["alice"].sign({"public_key": backup_public}, "master")
    version = first["alice"].create_backup(BACKUP_ALGORITHM, auth)
    code, out, err = mx("backup", "fetch", *client, "--backup-version", version, "--output", "backup-master.json")
    check(code == 0, f"backup fetch of version {version}, its auth_data signed by alice's master key", out + err)
    code, out, err = mx("backup", "check-key", "--auth-data", "backup-master.json", "--account-data", "account-data.json",
                        "--recovery-key-file", rk_file)
    check(code == 0, "backup check-key: the backup key in secret storage is the version's", out + err)
    code, out, err = mx("backup", "trust", "--auth-data", "backup-master.json", "--keys", "query.json", "--json")
    trust = json.loads(out) if out else {}
    master_key = xsign["alice"].public("master")
    check(code == 0 and trust.get("trusted") is True and trust["verdict"] == f"trusted: signed by the master key {master_key}"
          and [(s["key_id"], s["result"], s["counts"]) for s in trust["signatures"]] == [(f"ed25519:{master_key}", "verified", True)],
          "backup trust: trusted, signed by the master key (exit 0)", out + err)
    sig = auth["signatures"][alice][f"ed25519:{master_key}"]
    altered = json.loads(json.dumps(auth))
    altered["signatures"][alice][f"ed25519:{master_key}"] = ("A" if sig[0] != "A" else "B") + sig[1:]
    first["alice"].call("PUT", f"/_matrix/client/v3/room_keys/version/{version}",
                        {"algorithm": BACKUP_ALGORITHM, "auth_data": altered, "version": version})
    code, out, err = mx("backup", "fetch", *client, "--backup-version", version, "--output", "backup-altered.json")
    code, out, err = mx("backup", "trust", "--auth-data", "backup-altered.json", "--keys", "query.json", "--json")
    trust = json.loads(out) if out else {}
    check(code == 1 and trust.get("trusted") is False
          and trust["verdict"] == f"untrusted: the signature by the master key {master_key} does not verify",
          "the same version with its signature altered on the server: untrusted (exit 1)", out + err)

    # ---- backup trust: a device that is not cross-signed ---------------------------------------
    dev2 = devices["ALICE2"]
    auth2 = identities.sign_with({"public_key": backup_public}, alice, "ed25519:ALICE2", dev2.account.sign)
    version2 = first["alice"].create_backup(BACKUP_ALGORITHM, auth2)
    code, out, err = mx("backup", "fetch", *client, "--backup-version", version2, "--output", "backup-device.json")
    code, out, err = mx("backup", "trust", "--auth-data", "backup-device.json", "--keys", "query.json")
    check(code == 1 and out.strip().split("\n")[-1] == "untrusted: device ALICE2 signed it but is not-cross-signed",
          f"backup version {version2} signed by ALICE2 alone: untrusted while ALICE2 is not cross-signed (exit 1)", out + err)

    # ---- mxkeys signs ALICE2 with the self-signing key from secret storage ---------------------
    code, out, err = mx("keys", "query", *client, "--output", "mine.json")
    check(code == 0, "keys query of alice's own keys", out + err)
    wrong = secret_file(files / "wrong-recovery-key.txt", recovery_key(os.urandom(32)))
    code, out, err = mx("cross-signing", "sign-device", "--keys", "mine.json", "--account-data", "account-data.json",
                        "--recovery-key-file", wrong)
    check(code == 1 and out == "" and f"the key is not key {storage.key_id} of the account data" in err,
          "cross-signing sign-device with another recovery key: refused, nothing printed (exit 1)", err, show=True)
    code, body, err = mx("cross-signing", "sign-device", "--keys", "mine.json", "--account-data", "account-data.json",
                         "--recovery-key-file", rk_file)
    (files / "signatures.json").write_text(body)
    ssk = xsign["alice"].public("self_signing")
    signed = json.loads(body).get(alice, {}) if code == 0 else {}
    served = json.loads((files / "mine.json").read_text())["device_keys"][alice]["ALICE2"]
    libolm_signature = xsign["alice"].signers["self_signing"].sign(identities.canonical(served))
    check(code == 0 and list(signed) == ["ALICE2"] and f"signing device ALICE2 of {alice}" in err
          and signed["ALICE2"]["signatures"][alice][f"ed25519:{ssk}"] == libolm_signature,
          "cross-signing sign-device signs ALICE2 alone, with the signature libolm makes with that key", body + err)
    forged = json.loads(body)
    forged[alice]["ALICE2"]["signatures"][alice][f"ed25519:{ssk}"] = b64(bytes(64), pad=False)
    (files / "forged.json").write_text(json.dumps(forged))
    code, out, err = mx("keys", "upload-signatures", *client, "forged.json")
    check(code == 1 and out == f"uploaded: 0 of 1 signed object taken\nrefused: {alice} ALICE2: M_INVALID_SIGNATURE 400: Invalid signature\n",
          "keys upload-signatures of a forged signature: the server refuses it, and says why (exit 1)", out + err, show=True)
    code, out, err = mx("keys", "upload-signatures", *client, "signatures.json")
    check(code == 0 and out == "uploaded: 1 of 1 signed object taken\n", "keys upload-signatures of mxkeys' signature: the server takes it", out + err)
    code, out, err = mx("keys", "query", *client, "--output", "mine.json", "--force")
    code, out, err = mx("devices", "verify", "mine.json", "--require-cross-signed", "--json")
    _, devs, _ = audit_objects(out)
    check(code == 0 and verdicts(devs, alice) == {"ALICE1": "cross-signed", "ALICE2": "cross-signed"},
          "the next /keys/query: ALICE2 cross-signed (devices verify --require-cross-signed, exit 0)", out + err)
    served = json.loads((files / "mine.json").read_text())["device_keys"][alice]["ALICE2"]
    try:
        olm.ed25519_verify(ssk, identities.canonical(served), served["signatures"][alice][f"ed25519:{ssk}"])
        by_olm = True
    except (olm.OlmVerifyError, KeyError) as err:
        by_olm = err
    check(by_olm is True, "python-olm agrees: the self-signing key's signature on ALICE2, as the server serves it, verifies",
          str(by_olm))
    code, out, err = mx("backup", "trust", "--auth-data", "backup-device.json", "--keys", "mine.json")
    check(code == 0 and out.strip().split("\n")[-1] == "trusted: signed by device ALICE2 (cross-signed)",
          f"backup version {version2}, signed by ALICE2: now trusted (exit 0)", out + err)

    # ---- the database tampered with: an injected device, a device altered after signing -------
    pair.stop(["hs1"])
    intruder = olm.Account()
    injected = identities.sign_with(
        {"user_id": bob, "device_id": "INJECTED", "algorithms": ["m.olm.v1.curve25519-aes-sha2", "m.megolm.v1.aes-sha2"],
         "keys": {"curve25519:INJECTED": intruder.identity_keys["curve25519"], "ed25519:INJECTED": intruder.identity_keys["ed25519"]}},
        bob, "ed25519:INJECTED", intruder.sign)
    db = sqlite3.connect(hs1["database"])
    with db:
        db.execute("INSERT INTO devices (user_id, device_id, display_name, hidden) VALUES (?, 'INJECTED', 'injected', FALSE)", (bob,))
        db.execute("INSERT INTO e2e_device_keys_json (user_id, device_id, ts_added_ms, key_json) VALUES (?, 'INJECTED', ?, ?)",
                   (bob, int(time.time() * 1000), json.dumps(injected)))
        (stored,) = db.execute("SELECT key_json FROM e2e_device_keys_json WHERE user_id = ? AND device_id = 'BOB1'", (bob,)).fetchone()
        bob1 = json.loads(stored)
        bob1["keys"]["curve25519:BOB1"] = intruder.identity_keys["curve25519"]
        db.execute("UPDATE e2e_device_keys_json SET key_json = ? WHERE user_id = ? AND device_id = 'BOB1'", (json.dumps(bob1), bob))
    db.close()
    pair.start(["hs1"])
    tampered = {"BOB1": "invalid", "BOB2": "not-cross-signed", "INJECTED": "not-cross-signed"}
    code, out, err = mx("devices", "verify", *config, "--user-id", bob, "--json")
    _, devs, _ = audit_objects(out)
    check(code == 1 and verdicts(devs, bob) == tampered
          and devs[(bob, "BOB1")]["self_signature"] == "invalid" and devs[(bob, "BOB1")]["owner_signature"] == "invalid",
          "devices verify of the database: BOB1 (altered after signing) invalid, INJECTED not-cross-signed (exit 1)",
          out + err)
    q, db = both_audits("tampered")
    _, _, devs, summary = q
    check(q[0] == 1 and verdicts(devs, bob) == tampered and verdicts(devs, alice) == {"ALICE1": "cross-signed", "ALICE2": "cross-signed"}
          and summary["invalid"] == 1 and summary["devices"] == 7,
          "devices verify of the next /keys/query: the same verdicts, alice's devices both cross-signed (exit 1)",
          json.dumps({u: verdicts(devs, u) for u in (alice, bob)}))
    check(db[0] == 1 and db[2] == q[2] and comparable(db[1:3], alice) == comparable(q[1:3], alice),
          "the two audits still agree device for device (7 devices) and user for user (3 users)",
          differences(comparable(q[1:3], alice), comparable(db[1:3], alice)))

    # ---- the secrets: never on a command line, never printed, never saved elsewhere ------------
    secrets = {"the access token": token, "the recovery key": storage.recovery_key}
    for what, value in secrets.items():
        leaks = [i for i, text in enumerate(OUTPUTS + mx.command_lines) if value in text]
        saved = [p.name for p in files.rglob("*") if p.is_file() and p.name not in ("alice.token", "recovery-key.txt")
                 and value.encode() in p.read_bytes()]
        modes = {p.name: oct(p.stat().st_mode & 0o777) for p in (files / "alice.token", files / "recovery-key.txt")}
        check(not leaks and not saved and set(modes.values()) == {"0o600"},
              f"{what} is on no command line, in no output and in no saved file but its own (mode 0600)",
              f"{leaks} {saved} {modes}")


if __name__ == "__main__":
    main()
