#!/usr/bin/env python3
"""A quick check of the harness (~20 s): a fresh pair federates over verified TLS on loopback.

    smoke.py [--base-port 8580]

Starts two servers in a temporary work dir; checks a remote join and a message across, each server's
key response over TLS, hs2 answering as a notary for hs1's key, that a certificate from another CA is
refused; stops them and removes the work dir.
"""

import argparse
import os
import ssl
import subprocess
import sys
import tempfile
import urllib.error
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import harness  # noqa: E402  (runs this script again under the venv's Python if need be)
import mxclient  # noqa: E402


def check(cond, what):
    print(("ok   " if cond else "FAIL ") + what, flush=True)
    if not cond:
        raise SystemExit(1)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--base-port", type=int, default=8580)
    ap.add_argument("--venv",
                    default=os.environ.get("SYNAPSE_VENV", str(harness.ROOT / ".build/synapse-venv")))
    a = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="synapse-smoke.") as work:
        pair = harness.Pair.init(work, a.venv, a.base_port)
        hs1, hs2 = (pair.server(h) for h in harness.SERVERS)
        with pair:
            alice, carol = pair.user("hs1", "alice"), pair.user("hs2", "carol")
            room = alice.create_room(11)
            carol.join(room, via=[hs1["server_name"]])
            check(True, f"{carol.user_id} joined {alice.user_id}'s room over federation")
            event = alice.message(room, "hello over federation")
            check(carol.wait_for_event(room, event)["content"]["body"] == "hello over federation",
                  "a message crossed from hs1 to hs2")
            key_id, public = harness.key_facts(hs1["signing_key"])
            direct = mxclient.request(hs1["federation_url"], "GET", "/_matrix/key/v2/server", cafile=pair.ca_cert)
            check(direct["verify_keys"][key_id]["key"] == public, f"hs1's key response over TLS lists {key_id}")
            body = {"server_keys": {hs1["server_name"]: {key_id: {"minimum_valid_until_ts": 0}}}}
            notary = mxclient.request(hs2["federation_url"], "POST", "/_matrix/key/v2/query", body,
                                      cafile=pair.ca_cert)["server_keys"]
            check(len(notary) == 1 and set(notary[0]["signatures"]) == {hs1["server_name"], hs2["server_name"]},
                  "hs2 as notary returns hs1's keys signed by both")
            other = Path(work) / "other-ca"
            subprocess.run([HERE / "pki.sh", "ca", other], check=True)
            try:
                urllib.request.urlopen(hs1["federation_url"] + "/_matrix/key/v2/server",
                                       context=ssl.create_default_context(cafile=str(other / "ca.crt")))
                refused = False
            except urllib.error.URLError as err:
                refused = isinstance(err.reason, ssl.SSLCertVerificationError)
            check(refused, "a client trusting another CA refuses hs1's certificate")
    print("synapse smoke: 5 passed, 0 failed")


if __name__ == "__main__":
    main()
