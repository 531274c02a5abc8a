"""Send a hand-built PDU to a homeserver as another server would: signed with that server's key, in a
federation transaction authenticated with X-Matrix. The fixtures use it for an event that is properly
signed but not authorised by the room's rules, so that the receiving Synapse stores it as rejected.
"""

import time

from signedjson.key import read_signing_keys
from signedjson.sign import sign_json
from synapse.api.room_versions import KNOWN_ROOM_VERSIONS
from synapse.crypto.event_signing import add_hashes_and_signatures
from synapse.events import make_event_from_dict

import mxclient


def signed_pdu(room_version, event, origin, signing_key):
    """Add hashes and origin's signature to the event dict; returns (event_id, pdu)."""
    version = KNOWN_ROOM_VERSIONS[room_version]
    add_hashes_and_signatures(version, event, origin, signing_key)
    return make_event_from_dict(event, version).event_id, event


def send_transaction(url, cafile, origin, destination, signing_key, pdus):
    """PUT /_matrix/federation/v1/send/{txn} to url (destination's federation listener)."""
    path = f"/_matrix/federation/v1/send/fixture{time.time_ns()}"
    body = {"origin": origin, "origin_server_ts": int(time.time() * 1000), "pdus": pdus}
    request = sign_json({"method": "PUT", "uri": path, "origin": origin, "destination": destination,
                         "content": body}, origin, signing_key)
    key_id, sig = next(iter(request["signatures"][origin].items()))
    auth = f'X-Matrix origin="{origin}",destination="{destination}",key="{key_id}",sig="{sig}"'
    return mxclient.request(url, "PUT", path, body, cafile=cafile, headers={"Authorization": auth})


def load_key(path):
    with open(path) as f:
        return read_signing_keys(f)[0]
