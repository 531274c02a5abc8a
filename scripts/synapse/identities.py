"""Device keys and cross-signing on a real Synapse pair, made by a real client library (libolm through
python-olm: olm.Account for device keys, olm.PkSigning for the cross-signing keys).

    identities.py WORK OUT [--base-port 8740]

WORK is a harness work dir (`harness.py init`); the pair is started and stopped here. The scenario:
- hs1: @alice with devices ALICE1 and ALICE2, @bob with BOB1 and BOB2; hs2: @carol with CAROL1 and CAROL2.
  Every device uploads its own self-signed device keys.
- alice, bob and carol each upload master, self-signing and user-signing keys; each self-signing key
  signs the user's first device (ALICE1, BOB1, CAROL1); ALICE1 signs alice's master key; alice's
  user-signing key signs bob's and carol's master keys.
- the three share a room (carol joins over federation), so that hs1 caches carol's keys.
OUT receives `keys-query.alice.json` and `keys-query.bob.json` (each user's /keys/query of all three,
saved by hs1), `scenario.json` (the facts the tests assert: users, devices, keys, which device each
self-signing key signed), and `secrets.json` (the private keys, for the integration that signs with them).
"""

import argparse
import base64
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from harness import Pair, _reexec_in_venv  # noqa: E402

_reexec_in_venv()

import olm  # noqa: E402
from canonicaljson import encode_canonical_json  # noqa: E402

import mxclient  # noqa: E402


def canonical(obj):
    body = {k: v for k, v in obj.items() if k not in ("signatures", "unsigned")}
    return encode_canonical_json(body).decode()


def sign_with(obj, signer_user, key_id, sign):
    """obj with signatures[signer_user][key_id] added (sign: canonical text -> base64 signature)."""
    sig = sign(canonical(obj))
    obj.setdefault("signatures", {}).setdefault(signer_user, {})[key_id] = sig
    return obj


def login_device(base, user_id, password, device_id):
    body = {"type": "m.login.password", "identifier": {"type": "m.id.user", "user": user_id},
            "password": password, "device_id": device_id, "initial_device_display_name": f"{device_id} (olm)"}
    r = mxclient.request(base, "POST", "/_matrix/client/v3/login", body)
    return mxclient.User(base, r["user_id"], r["access_token"], r["device_id"])


class Device:
    def __init__(self, session):
        self.session = session
        self.account = olm.Account()
        ids = self.account.identity_keys
        self.ed25519 = ids["ed25519"]
        self.curve25519 = ids["curve25519"]

    @property
    def device_id(self):
        return self.session.device_id

    def keys(self):
        u, d = self.session.user_id, self.device_id
        obj = {"user_id": u, "device_id": d,
               "algorithms": ["m.olm.v1.curve25519-aes-sha2", "m.megolm.v1.aes-sha2"],
               "keys": {f"curve25519:{d}": self.curve25519, f"ed25519:{d}": self.ed25519}}
        return sign_with(obj, u, f"ed25519:{d}", self.account.sign)

    def upload(self):
        self.session.call("POST", "/_matrix/client/v3/keys/upload", {"device_keys": self.keys()})


class CrossSigning:
    def __init__(self, user_id):
        self.user_id = user_id
        self.seeds = {usage: olm.PkSigning.generate_seed() for usage in ("master", "self_signing", "user_signing")}
        self.signers = {usage: olm.PkSigning(seed) for usage, seed in self.seeds.items()}

    def public(self, usage):
        return self.signers[usage].public_key

    def key_object(self, usage):
        pub = self.public(usage)
        obj = {"user_id": self.user_id, "usage": [usage], "keys": {f"ed25519:{pub}": pub}}
        if usage != "master":
            self.sign(obj, "master")
        return obj

    def sign(self, obj, usage):
        pub = self.public(usage)
        return sign_with(obj, self.user_id, f"ed25519:{pub}", self.signers[usage].sign)

    def upload(self, session, password):
        body = {"master_key": self.key_object("master"), "self_signing_key": self.key_object("self_signing"),
                "user_signing_key": self.key_object("user_signing")}
        path = "/_matrix/client/v3/keys/device_signing/upload"
        try:
            session.call("POST", path, body)
        except mxclient.MatrixError as err:  # an older Synapse asks for user-interactive auth
            if err.status != 401 or not isinstance(err.body, dict) or "session" not in err.body:
                raise
            body["auth"] = {"type": "m.login.password", "session": err.body["session"], "password": password,
                            "identifier": {"type": "m.id.user", "user": session.user_id}}
            session.call("POST", path, body)

    def secrets(self):
        return {usage: base64.b64encode(seed).decode().rstrip("=") for usage, seed in self.seeds.items()}


def upload_signatures(session, body):
    r = session.call("POST", "/_matrix/client/v3/keys/signatures/upload", body)
    if r.get("failures"):
        raise RuntimeError(f"signature upload by {session.user_id} failed: {r['failures']}")


def keys_query(session, users):
    return session.call("POST", "/_matrix/client/v3/keys/query", {"device_keys": {u: [] for u in users}, "timeout": 10000})


def set_up_user(pair, hs, name):
    """NAME registered on hs, as a client sets a user up: devices NAME1 and NAME2 log in and upload their
    self-signed device keys, NAME1 uploads the cross-signing keys, the self-signing key signs NAME1 and
    NAME1 signs the master key. Returns (the registration's session, {device ID: Device}, CrossSigning)."""
    first = pair.user(hs, name)   # registers the user
    base = pair.server(hs)["client_url"]
    devices = {}
    for n in (1, 2):
        dev = Device(login_device(base, first.user_id, f"pw-{name}", f"{name.upper()}{n}"))
        dev.upload()
        devices[dev.device_id] = dev
    dev1 = devices[f"{name.upper()}1"]
    cs = CrossSigning(first.user_id)
    cs.upload(dev1.session, f"pw-{name}")
    signed_device = cs.sign(dev1.keys(), "self_signing")
    master = sign_with(cs.key_object("master"), first.user_id, f"ed25519:{dev1.device_id}", dev1.account.sign)
    upload_signatures(dev1.session, {first.user_id: {dev1.device_id: signed_device, cs.public("master"): master}})
    return first, devices, cs


def share_room(owner, others, owner_server_name):
    """A room of version 11 made by owner, which the others join (those of another server over federation)."""
    room = owner.create_room(11)
    for other in others:
        owner.invite(room, other.user_id)
    for other in others:
        other.join(room, via=[] if other.base == owner.base else [owner_server_name])
    for other in others:
        owner.wait_for_membership(room, other.user_id)
    return room


def sign_master_keys(session, signer, others):
    """session's user verifies others ({user ID: CrossSigning}): signer (their CrossSigning) signs each
    one's master key, as the server serves it, with the user-signing key."""
    seen = keys_query(session, list(others))
    body = {}
    for uid, cs in others.items():
        master = seen["master_keys"][uid]
        assert master["keys"] == cs.key_object("master")["keys"], f"{uid}'s master key as the server sees it"
        body[uid] = {cs.public("master"): signer.sign(dict(master), "user_signing")}
    upload_signatures(session, body)


def wait_for_devices(session, users, user_id, device_ids, timeout=60):
    """session's /keys/query answer for users, once it holds exactly device_ids of user_id (a server
    serves a remote user's devices once it tracks their list)."""
    for _ in range(timeout):
        answer = keys_query(session, users)
        if sorted(answer["device_keys"].get(user_id, {})) == sorted(device_ids):
            return answer
        time.sleep(1)
    raise RuntimeError(f"{session.base} never served {user_id}'s devices {sorted(device_ids)}: {answer}")


def wait_for_background_updates(pair, timeout=600):
    """Until hs1 has run every background update (synapse_port_db refuses a database with some left)."""
    import sqlite3
    deadline = time.monotonic() + timeout
    while True:
        db = sqlite3.connect(f"file:{pair.server('hs1')['database']}?mode=ro", uri=True)
        try:
            left = db.execute("SELECT count(*) FROM background_updates").fetchone()[0]
        finally:
            db.close()
        if left == 0:
            return
        if time.monotonic() > deadline:
            raise TimeoutError(f"hs1 still has {left} background updates")
        time.sleep(2)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("work")
    ap.add_argument("out")
    ap.add_argument("--base-port", type=int, default=8740)
    ap.add_argument("--init", action="store_true", help="initialise WORK as a harness pair first")
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    pair = Pair.init(args.work, venv=sys.prefix, base_port=args.base_port) if args.init else Pair(args.work)
    with pair:
        people = {"alice": "hs1", "bob": "hs1", "carol": "hs2"}
        devices, identities, sessions = {}, {}, {}
        for name, hs in people.items():
            _, own, identities[name] = set_up_user(pair, hs, name)
            devices.update(own)
            sessions[name] = own[f"{name.upper()}1"].session

        alice, bob, carol = (sessions[n] for n in ("alice", "bob", "carol"))
        room = share_room(alice, [bob, carol], pair.server("hs1")["server_name"])

        # alice verifies bob and carol: her user-signing key signs their master keys.
        everyone = [s.user_id for s in (alice, bob, carol)]
        sign_master_keys(alice, identities["alice"], {sessions[n].user_id: identities[n] for n in ("bob", "carol")})

        # hs1 caches carol's devices once it tracks her list; wait until both are there.
        answer = wait_for_devices(alice, everyone, carol.user_id, ["CAROL1", "CAROL2"])
        (out / "keys-query.alice.json").write_text(json.dumps(answer, indent=2, sort_keys=True) + "\n")
        (out / "keys-query.bob.json").write_text(json.dumps(keys_query(bob, everyone), indent=2, sort_keys=True) + "\n")

        import importlib.metadata
        scenario = {"synapse": importlib.metadata.version("matrix-synapse"), "room": room, "users": {}}
        for name, hs in people.items():
            uid = sessions[name].user_id
            scenario["users"][uid] = {
                "server": hs, "local_to_hs1": hs == "hs1",
                "master": identities[name].public("master"),
                "self_signing": identities[name].public("self_signing"),
                "user_signing": identities[name].public("user_signing"),
                "devices": {d: {"ed25519": devices[d].ed25519, "curve25519": devices[d].curve25519,
                                "cross_signed": d.endswith("1")}
                            for d in (f"{name.upper()}1", f"{name.upper()}2")},
                "access_token": sessions[name].token,
            }
        (out / "scenario.json").write_text(json.dumps(scenario, indent=2, sort_keys=True) + "\n")
        (out / "secrets.json").write_text(json.dumps(
            {sessions[n].user_id: identities[n].secrets() for n in people}, indent=2, sort_keys=True) + "\n")
        wait_for_background_updates(pair)
    print(f"identities: the scenario is in {out}")


if __name__ == "__main__":
    main()
