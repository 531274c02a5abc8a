#!/usr/bin/env python3
"""The fixture scenario: drive an initialised harness pair through rooms of many versions, remote and
restricted joins, redactions, a censored event, a key rotation of hs1 and an event hs1 rejects, then
stop both servers.

    populate.py WORKDIR OUT.json

WORKDIR must come from `harness.py init ... --redaction-retention 1m` (stopped). OUT.json gets the
facts the manifest needs that only the scenario knows (which event is which, the rotation's keys).
Both servers are stopped when it ends, whatever happens.
"""

import json
import signal
import sqlite3
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mxclient  # noqa: E402
from federation_send import load_key, send_transaction, signed_pdu  # noqa: E402
from harness import Pair  # noqa: E402

CENSOR_WAIT = 11 * 60  # Synapse censors every 5 minutes; allow for two runs and slack


def log(msg):
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)


def db_value(pair, hs, sql, *args):
    """One value from a server's live SQLite database, read-only."""
    uri = f"file:{pair.server(hs)['database']}?mode=ro"
    with sqlite3.connect(uri, uri=True, timeout=30) as db:
        row = db.execute(sql, args).fetchone()
    return row[0] if row else None


def wait_db(pair, hs, what, sql, *args, timeout=120):
    deadline = time.monotonic() + timeout
    while not db_value(pair, hs, sql, *args):
        if time.monotonic() > deadline:
            raise TimeoutError(f"{hs}: {what} did not happen within {timeout}s")
        time.sleep(2)


def key_response(pair, hs, path):
    """A key response as it came from hs's federation listener (its own keys, or as a notary)."""
    return mxclient.request(pair.server(hs)["federation_url"], "GET", path, cafile=pair.ca_cert)


def send_rejected(pair, room, sender):
    """hs2 sends hs1 an m.room.name event from sender, who lacks the power to set it in room: a properly
    signed event that hs1's Synapse stores as rejected. Returns its event ID."""
    hs2 = pair.server("hs2")["server_name"]

    def rows(sql, *args):
        uri = f"file:{pair.server('hs1')['database']}?mode=ro"
        with sqlite3.connect(uri, uri=True, timeout=30) as db:
            return [r[0] for r in db.execute(sql, args)]

    prev = rows("SELECT event_id FROM event_forward_extremities WHERE room_id = ?", room["room_id"])
    depth = max(rows(f"SELECT depth FROM events WHERE event_id IN ({','.join('?' * len(prev))})", *prev))
    auth = rows("SELECT event_id FROM current_state_events WHERE room_id = ? AND ((type = 'm.room.create' "
                "AND state_key = '') OR (type = 'm.room.power_levels' AND state_key = '') OR "
                "(type = 'm.room.member' AND state_key = ?))", room["room_id"], sender)
    event = {"room_id": room["room_id"], "sender": sender, "type": "m.room.name", "state_key": "",
             "content": {"name": "a name carol has no power to set"}, "prev_events": prev,
             "auth_events": auth, "depth": depth + 1, "origin_server_ts": int(time.time() * 1000)}
    key = load_key(pair.server("hs2")["signing_key"])
    event_id, pdu = signed_pdu(room["room_version"], event, hs2, key)
    s1 = pair.server("hs1")
    send_transaction(s1["federation_url"], pair.ca_cert, hs2, s1["server_name"], key, [pdu])
    wait_db(pair, "hs1", "rejecting the unauthorised event",
            "SELECT 1 FROM rejections WHERE event_id = ?", event_id, timeout=60)
    return event_id


def scenario(pair, facts):
    hs1, hs2 = pair.server("hs1")["server_name"], pair.server("hs2")["server_name"]
    alice = pair.user("hs1", "alice", admin=True)
    bob = pair.user("hs1", "bob")
    carol = pair.user("hs2", "carol")
    rooms, events, keys = {}, {}, {}
    facts.update(rooms=rooms, events=events, key_responses=keys,
                 users={"alice": alice.user_id, "bob": bob.user_id, "carol": carol.user_id})

    def room(label, creator, version, joiners, via, **fields):
        r = creator.create_room(version, name=f"fixture {label}", **fields)
        for u in joiners:
            u.join(r, via=[via])
        rooms[label] = {"room_id": r, "room_version": str(version), "creator": creator.user_id}
        log(f"{label}: {r} (version {version}), joined by {[u.user_id for u in joiners]}")
        return r

    def say(user, r, text, seen_by):
        e = user.message(r, text)
        seen_by.wait_for_event(r, e)
        return e

    # Rooms on hs1 that hs2's carol joins, and rooms on hs2 that hs1's users join.
    v1 = room("v1", alice, 1, [bob, carol], hs1)
    say(alice, v1, "hello from alice in a version 1 room", carol)
    say(carol, v1, "hello from carol in a version 1 room", alice)
    v5 = room("v5", carol, 5, [alice], hs2)
    say(carol, v5, "hello from carol in a version 5 room", alice)
    say(alice, v5, "hello from alice in a version 5 room", carol)
    v6 = room("v6", alice, 6, [carol], hs1)
    say(alice, v6, "hello from alice in a version 6 room", carol)
    say(carol, v6, "hello from carol in a version 6 room", alice)

    # A restricted room (version 10) whose allow rule names a version 9 room: carol, on hs2, joins it
    # through hs1 because she is in the allowed room, so hs1 picks one of its users to authorise the
    # join and signs the join event as well.
    v9 = room("v9-allowed", alice, 9, [carol], hs1)
    allow = {"join_rule": "restricted", "allow": [{"type": "m.room_membership", "room_id": v9}]}
    v10 = room("v10-restricted", alice, 10, [carol], hs1,
               initial_state=[{"type": "m.room.join_rules", "state_key": "", "content": allow}])
    join = alice.get_state(v10, "m.room.member", carol.user_id)
    via_user = join.get("join_authorised_via_users_server")
    if not via_user:
        raise RuntimeError(f"carol's join of {v10} carries no join_authorised_via_users_server: {join}")
    join_id = db_value(pair, "hs1", "SELECT event_id FROM current_state_events WHERE room_id = ? AND "
                       "type = 'm.room.member' AND state_key = ?", v10, carol.user_id)
    events["restricted_join"] = {"room": "v10-restricted", "event_id": join_id, "sender": carol.user_id,
                                 "authorised_via": via_user, "authorising_server": via_user.split(":", 1)[1]}
    say(carol, v10, "carol got in through the allowed room", alice)

    v11 = room("v11", carol, 11, [alice, bob], hs2)
    say(carol, v11, "hello from carol in a version 11 room", alice)
    censored = say(bob, v11, "bob says something he will take back (this will be censored)", carol)
    censored_redaction = bob.redact(v11, censored, reason="censor me")
    carol.wait_for_event(v11, censored_redaction)
    late = say(bob, v11, "bob says something else he will take back later", carol)
    v12 = room("v12", alice, 12, [carol], hs1)
    old_key_event = say(alice, v12, "alice, signed with hs1's first key", carol)
    say(carol, v12, "hello from carol in a version 12 room", alice)
    events["censored"] = {"room": "v11", "event_id": censored, "redaction": censored_redaction}
    events["old_key"] = {"room": "v12", "event_id": old_key_event, "sender": alice.user_id}

    # Key rotation: hs1 gets a new key and lists the old one, expired now, in old_signing_keys.
    keys["hs1.keys.before-rotation.json"] = key_response(pair, "hs1", "/_matrix/key/v2/server")
    log("rotating hs1's signing key")
    pair.stop(["hs1"])
    rotation = pair.rotate_key("hs1")
    facts["rotation"] = rotation
    time.sleep(0.01)  # the next events are strictly after expired_ts
    pair.start(["hs1"])
    log(f"hs1 now signs with {rotation['new_key_id']}; {rotation['old_key_id']} expired at {rotation['expired_ts']}")

    new_key_event = say(alice, v12, "alice, signed with hs1's second key", carol)
    events["new_key"] = {"room": "v12", "event_id": new_key_event, "sender": alice.user_id}
    say(alice, v1, "alice again in the version 1 room, after the key rotation", carol)
    say(alice, v11, "alice again in the version 11 room, after the key rotation", carol)
    say(carol, v11, "carol answers after hs1's key rotation", bob)
    rejected = send_rejected(pair, rooms["v6"], carol.user_id)
    events["rejected"] = {"room": "v6", "event_id": rejected, "sender": carol.user_id, "stored_by": "hs1"}
    say(alice, v6, "alice, after carol's rejected attempt to rename the room", carol)
    wait_db(pair, "hs2", "fetching hs1's new key",
            "SELECT 1 FROM server_keys_json WHERE server_name = ? AND key_id = ?", hs1, rotation["new_key_id"])

    keys["hs1.keys.json"] = key_response(pair, "hs1", "/_matrix/key/v2/server")
    keys["hs2.keys.json"] = key_response(pair, "hs2", "/_matrix/key/v2/server")
    keys["hs1.keys.via-hs2.json"] = key_response(pair, "hs2", f"/_matrix/key/v2/query/{hs1}")

    # Censoring: Synapse prunes redacted events older than redaction_retention_period in a job that runs
    # every 5 minutes from start; wait until both servers have done it.
    for hs in ("hs2", "hs1"):
        log(f"waiting for {hs} to censor {censored}")
        wait_db(pair, hs, "censoring", "SELECT have_censored FROM redactions WHERE event_id = ?",
                censored_redaction, timeout=CENSOR_WAIT)

    # A redaction too recent to be censored before the servers stop.
    late_redaction = bob.redact(v11, late, reason="taken back")
    carol.wait_for_event(v11, late_redaction)
    events["redacted"] = {"room": "v11", "event_id": late, "redaction": late_redaction}
    time.sleep(3)  # let the last federation transactions settle
    log("scenario done")


def main():
    workdir, out = sys.argv[1:3]
    pair = Pair(workdir)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # so that `finally` stops the servers
    facts, done = {}, False
    try:
        pair.start()
        scenario(pair, facts)
        done = True
    finally:
        pair.stop()
        Path(out if done else out + ".partial").write_text(json.dumps(facts, indent=2) + "\n")


if __name__ == "__main__":
    main()
