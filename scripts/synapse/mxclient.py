"""A small Matrix client-server API client on the standard library only, for the test harness.

Covers what the harness scripts need: shared-secret registration, login, rooms of a given version,
joins over federation, messages and state, redactions, account data and key backups.
"""

import hashlib
import hmac
import json
import ssl
import time
import urllib.error
import urllib.parse
import urllib.request
from itertools import count

_txn = count(1)


class MatrixError(Exception):
    def __init__(self, status, body, method, path):
        self.status = status
        self.body = body
        self.errcode = body.get("errcode") if isinstance(body, dict) else None
        super().__init__(f"{method} {path}: HTTP {status} {body}")


def request(base, method, path, body=None, token=None, query=None, cafile=None, timeout=60, headers=None):
    """One JSON request; returns the decoded response or raises MatrixError."""
    url = base.rstrip("/") + path
    if query:
        url += "?" + urllib.parse.urlencode(query, doseq=True)
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(url, data=data, method=method)
    if data is not None:
        req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", "Bearer " + token)
    for name, value in (headers or {}).items():
        req.add_header(name, value)
    context = ssl.create_default_context(cafile=cafile) if url.startswith("https:") else None
    try:
        with urllib.request.urlopen(req, timeout=timeout, context=context) as resp:
            raw = resp.read()
    except urllib.error.HTTPError as err:
        raw = err.read()
        try:
            decoded = json.loads(raw)
        except ValueError:
            decoded = raw.decode(errors="replace")
        raise MatrixError(err.code, decoded, method, path) from None
    return json.loads(raw) if raw else {}


def q(segment):
    """Quote one path segment (room IDs, event IDs, user IDs)."""
    return urllib.parse.quote(segment, safe="")


def register(base, shared_secret, username, password, admin=False):
    """Create a user through /_synapse/admin/v1/register (nonce + HMAC-SHA1 over the fields)."""
    path = "/_synapse/admin/v1/register"
    nonce = request(base, "GET", path)["nonce"]
    fields = "\x00".join((nonce, username, password, "admin" if admin else "notadmin"))
    mac = hmac.new(shared_secret.encode(), fields.encode(), hashlib.sha1)
    body = {"nonce": nonce, "username": username, "password": password, "admin": admin,
            "mac": mac.hexdigest()}
    return request(base, "POST", path, body)


def login(base, username, password):
    body = {"type": "m.login.password", "identifier": {"type": "m.id.user", "user": username},
            "password": password}
    return request(base, "POST", "/_matrix/client/v3/login", body)


class User:
    """A logged-in user on one homeserver's client API."""

    def __init__(self, base, user_id, access_token, device_id=None):
        self.base = base
        self.user_id = user_id
        self.token = access_token
        self.device_id = device_id

    @classmethod
    def ensure(cls, base, shared_secret, username, password, admin=False):
        """Register the user, or log in when it already exists."""
        try:
            r = register(base, shared_secret, username, password, admin)
        except MatrixError as err:
            if err.errcode != "M_USER_IN_USE":
                raise
            r = login(base, username, password)
        return cls(base, r["user_id"], r["access_token"], r.get("device_id"))

    def call(self, method, path, body=None, query=None):
        return request(self.base, method, path, body, self.token, query)

    # rooms
    def create_room(self, room_version, **fields):
        body = {"room_version": str(room_version), "preset": "public_chat"}
        body.update(fields)
        return self.call("POST", "/_matrix/client/v3/createRoom", body)["room_id"]

    def join(self, room, via=()):
        query = {"via": list(via), "server_name": list(via)} if via else None
        return self.call("POST", f"/_matrix/client/v3/join/{q(room)}", {}, query)["room_id"]

    def invite(self, room, user_id):
        return self.call("POST", f"/_matrix/client/v3/rooms/{q(room)}/invite", {"user_id": user_id})

    def leave(self, room):
        return self.call("POST", f"/_matrix/client/v3/rooms/{q(room)}/leave", {})

    def send(self, room, event_type, content):
        path = f"/_matrix/client/v3/rooms/{q(room)}/send/{q(event_type)}/mx{time.time_ns()}-{next(_txn)}"
        return self.call("PUT", path, content)["event_id"]

    def message(self, room, text):
        return self.send(room, "m.room.message", {"msgtype": "m.text", "body": text})

    def state(self, room, event_type, content, state_key=""):
        path = f"/_matrix/client/v3/rooms/{q(room)}/state/{q(event_type)}/{q(state_key)}"
        return self.call("PUT", path, content)["event_id"]

    def get_state(self, room, event_type, state_key=""):
        path = f"/_matrix/client/v3/rooms/{q(room)}/state/{q(event_type)}/{q(state_key)}"
        return self.call("GET", path)

    def redact(self, room, event_id, reason=None):
        path = f"/_matrix/client/v3/rooms/{q(room)}/redact/{q(event_id)}/mx{time.time_ns()}-{next(_txn)}"
        return self.call("PUT", path, {"reason": reason} if reason else {})["event_id"]

    def event(self, room, event_id):
        return self.call("GET", f"/_matrix/client/v3/rooms/{q(room)}/event/{q(event_id)}")

    def wait_for_event(self, room, event_id, timeout=60.0):
        """Poll until this user's server has the event (e.g. after it was sent on another server)."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                return self.event(room, event_id)
            except MatrixError as err:
                if err.status not in (403, 404) or time.monotonic() > deadline:
                    raise
            time.sleep(0.25)

    def wait_for_membership(self, room, user_id, membership="join", timeout=60.0):
        deadline = time.monotonic() + timeout
        while True:
            try:
                if self.get_state(room, "m.room.member", user_id).get("membership") == membership:
                    return
            except MatrixError as err:
                if err.status not in (403, 404):
                    raise
            if time.monotonic() > deadline:
                raise TimeoutError(f"{user_id} not {membership} in {room} as seen by {self.user_id}")
            time.sleep(0.25)

    # account data
    def set_account_data(self, event_type, content):
        path = f"/_matrix/client/v3/user/{q(self.user_id)}/account_data/{q(event_type)}"
        return self.call("PUT", path, content)

    def get_account_data(self, event_type):
        return self.call("GET", f"/_matrix/client/v3/user/{q(self.user_id)}/account_data/{q(event_type)}")

    # key backup
    def create_backup(self, algorithm, auth_data):
        body = {"algorithm": algorithm, "auth_data": auth_data}
        return self.call("POST", "/_matrix/client/v3/room_keys/version", body)["version"]

    def put_backup_keys(self, version, rooms):
        """rooms: {room_id: {"sessions": {session_id: key_backup_data}}}"""
        return self.call("PUT", "/_matrix/client/v3/room_keys/keys", {"rooms": rooms}, {"version": version})

    def get_backup_keys(self, version):
        return self.call("GET", "/_matrix/client/v3/room_keys/keys", query={"version": version})
