#!/usr/bin/env python3
"""Two Synapse homeservers federating on loopback, for tests and fixtures.

    harness.py init  WORKDIR [--base-port N] [--venv DIR] [--notary] [--redaction-retention 7d]
    harness.py start WORKDIR [hs1] [hs2]      start (both by default), wait until they answer
    harness.py stop  WORKDIR [hs1] [hs2]      stop (both by default); safe to call when not running
    harness.py env   WORKDIR                  shell assignments: names, URLs, CA file, configs
    harness.py user  WORKDIR hs1 NAME [--admin]   register or log in NAME, print {user_id, access_token}
    harness.py rotate-key WORKDIR hs1         (server stopped) new signing key, old one to old_signing_keys
    harness.py run   WORKDIR -- CMD ...       start both, run CMD with the env exported, always stop

hsN's server name is localhost:(base+N), its federation listener (TLS, certificate from a throwaway CA)
is on that port and its client listener (plain HTTP) on base+10+N, both on 127.0.0.1 only. All state
lives in WORKDIR: pair.json (the facts), ca/, and one directory per server. The script runs itself
under the Synapse venv's Python (SYNAPSE_VENV, default .build/synapse-venv) because it needs the
signing-key code Synapse ships.
"""

import argparse
import json
import os
import secrets
import signal
import ssl
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SERVERS = ("hs1", "hs2")


def _reexec_in_venv():
    """Without Synapse's libraries at hand, run the main script again under the venv's Python, so
    that this file and the scripts importing it work from any python3."""
    try:
        import signedjson.key  # noqa: F401
        import yaml  # noqa: F401
        return
    except ImportError:
        pass
    venv = Path(os.environ.get("SYNAPSE_VENV", ROOT / ".build/synapse-venv"))
    python = venv / "bin/python"
    if not python.exists():
        sys.exit(f"harness: no Synapse venv at {venv}; run `make synapse-venv` first")
    if not sys.argv[0] or not Path(sys.argv[0]).is_file():
        sys.exit(f"harness: run this under {python}")
    os.execv(str(python), [str(python), sys.argv[0], *sys.argv[1:]])


_reexec_in_venv()

import yaml  # noqa: E402
from signedjson.key import encode_verify_key_base64, get_verify_key, read_signing_keys  # noqa: E402

sys.path.insert(0, str(HERE))
import mxclient  # noqa: E402

RELAXED = {"per_second": 1000, "burst_count": 1000}


class _Dumper(yaml.SafeDumper):
    """Plain YAML as an admin writes it: no &anchors/*aliases for repeated values."""

    def ignore_aliases(self, data):
        return True


def dump_yaml(data):
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False)


def key_facts(path):
    """(key_id, public key b64) of the first key in a Synapse signing key file."""
    with open(path) as f:
        key = read_signing_keys(f)[0]
    return f"{key.alg}:{key.version}", encode_verify_key_base64(get_verify_key(key))


class Pair:
    def __init__(self, workdir):
        self.workdir = Path(workdir).resolve()
        self.facts = json.loads((self.workdir / "pair.json").read_text())
        self.venv = Path(self.facts["venv"])
        self.ca_cert = self.facts["ca_cert"]
        self._procs = {}  # the servers this object started: hs -> Popen

    # ---- setup -------------------------------------------------------------------------------

    @classmethod
    def init(cls, workdir, venv, base_port=8480, notary=False, redaction_retention="7d"):
        workdir = Path(workdir).resolve()
        workdir.mkdir(parents=True, exist_ok=True)
        venv = Path(venv).resolve()
        subprocess.run([HERE / "pki.sh", "ca", workdir / "ca"], check=True)
        names = {hs: f"localhost:{base_port + i}" for i, hs in enumerate(SERVERS, 1)}
        facts = {"venv": str(venv), "ca_cert": str(workdir / "ca/ca.crt"), "servers": {}}
        for i, hs in enumerate(SERVERS, 1):
            d = workdir / hs
            d.mkdir(exist_ok=True)
            fed, client = base_port + i, base_port + 10 + i
            other = names[SERVERS[2 - i]]
            subprocess.run([HERE / "pki.sh", "cert", workdir / "ca", names[hs], d / "tls"], check=True)
            if not (d / "signing.key").exists():
                subprocess.run([venv / "bin/generate_signing_key", "-o", d / "signing.key"], check=True)
            secret = secrets.token_hex(16)
            config = cls._config(d, names[hs], fed, client, workdir / "ca/ca.crt", secret,
                                 [{"server_name": other}] if notary else [], redaction_retention)
            (d / "homeserver.yaml").write_text(dump_yaml(config))
            (d / "log.config").write_text(dump_yaml(cls._log_config(d)))
            facts["servers"][hs] = {
                "server_name": names[hs],
                "federation_port": fed,
                "federation_url": f"https://localhost:{fed}",
                "client_port": client,
                "client_url": f"http://127.0.0.1:{client}",
                "dir": str(d),
                "config": str(d / "homeserver.yaml"),
                "database": str(d / "homeserver.db"),
                "signing_key": str(d / "signing.key"),
                "log": str(d / "homeserver.log"),
                "registration_shared_secret": secret,
            }
        (workdir / "pair.json").write_text(json.dumps(facts, indent=2) + "\n")
        return cls(workdir)

    @staticmethod
    def _config(d, name, fed, client, ca, secret, trusted, redaction_retention):
        loopback = ["127.0.0.1"]
        return {
            "server_name": name,
            "pid_file": str(d / "homeserver.pid"),
            "listeners": [
                {"port": fed, "bind_addresses": loopback, "type": "http", "tls": True,
                 "x_forwarded": False, "resources": [{"names": ["federation"], "compress": False}]},
                {"port": client, "bind_addresses": loopback, "type": "http", "tls": False,
                 "x_forwarded": False, "resources": [{"names": ["client"], "compress": False}]},
            ],
            "tls_certificate_path": str(d / "tls.crt"),
            "tls_private_key_path": str(d / "tls.key"),
            "federation_verify_certificates": True,
            "federation_custom_ca_list": [str(ca)],
            "ip_range_whitelist": ["127.0.0.0/8", "::1/128"],
            "database": {"name": "sqlite3", "args": {"database": str(d / "homeserver.db")}},
            "log_config": str(d / "log.config"),
            "media_store_path": str(d / "media_store"),
            "signing_key_path": str(d / "signing.key"),
            "trusted_key_servers": trusted,
            "suppress_key_server_warning": True,
            "report_stats": False,
            "enable_registration": False,
            "registration_shared_secret": secret,
            "macaroon_secret_key": secrets.token_hex(16),
            "form_secret": secrets.token_hex(16),
            "redaction_retention_period": redaction_retention,
            "presence": {"enabled": False},
            "enable_metrics": False,
            "url_preview_enabled": False,
            "rc_message": RELAXED,
            "rc_registration": RELAXED,
            "rc_login": {"address": RELAXED, "account": RELAXED, "failed_attempts": RELAXED},
            "rc_admin_redaction": RELAXED,
            "rc_joins": {"local": RELAXED, "remote": RELAXED},
            "rc_joins_per_room": RELAXED,
            "rc_invites": {"per_room": RELAXED, "per_user": RELAXED, "per_issuer": RELAXED},
            "rc_room_creation": RELAXED,
            "rc_key_requests": RELAXED,
            "rc_federation": {"window_size": 1000, "sleep_limit": 1000, "sleep_delay": 100,
                              "reject_limit": 1000, "concurrent": 100},
        }

    @staticmethod
    def _log_config(d):
        return {
            "version": 1,
            "formatters": {"precise": {"format": "%(asctime)s - %(name)s - %(lineno)d - "
                                                 "%(levelname)s - %(request)s - %(message)s"}},
            "handlers": {"file": {"class": "logging.FileHandler", "formatter": "precise",
                                  "filename": str(d / "homeserver.log"), "encoding": "utf8"}},
            "loggers": {"synapse.storage.SQL": {"level": "WARNING"}},
            "root": {"level": "INFO", "handlers": ["file"]},
            "disable_existing_loggers": False,
        }

    # ---- facts -------------------------------------------------------------------------------

    def server(self, hs):
        return self.facts["servers"][hs]

    def config(self, hs):
        return yaml.safe_load(Path(self.server(hs)["config"]).read_text())

    def write_config(self, hs, config):
        Path(self.server(hs)["config"]).write_text(dump_yaml(config))

    def env(self):
        out = {"SYNAPSE_WORKDIR": str(self.workdir), "SYNAPSE_CA_CERT": self.ca_cert}
        for hs in SERVERS:
            s, p = self.server(hs), hs.upper()
            out.update({
                f"{p}_SERVER_NAME": s["server_name"], f"{p}_FEDERATION_URL": s["federation_url"],
                f"{p}_FEDERATION_PORT": str(s["federation_port"]), f"{p}_CLIENT_URL": s["client_url"],
                f"{p}_CONFIG": s["config"], f"{p}_DATABASE": s["database"],
                f"{p}_SIGNING_KEY": s["signing_key"], f"{p}_SHARED_SECRET": s["registration_shared_secret"],
            })
        return out

    def user(self, hs, username, admin=False, password=None):
        s = self.server(hs)
        return mxclient.User.ensure(s["client_url"], s["registration_shared_secret"], username,
                                    password or f"pw-{username}", admin)

    # ---- processes ---------------------------------------------------------------------------

    def _pid(self, hs):
        """The pid of this server's Synapse if it is running, else None."""
        proc = self._procs.get(hs)
        if proc:  # started here: ask the child itself (its cmdline is not Synapse's until exec)
            return proc.pid if proc.poll() is None else None
        f = Path(self.server(hs)["dir"]) / "harness.pid"
        try:
            pid = int(f.read_text())
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except (OSError, ValueError):
            return None
        return pid if self.server(hs)["config"].encode() in cmdline and state != "Z" else None

    def start(self, servers=SERVERS, timeout=120):
        for hs in servers:
            if self._pid(hs):
                continue
            s = self.server(hs)
            log = open(Path(s["dir"]) / "stdout.log", "ab")
            proc = subprocess.Popen(
                [self.venv / "bin/python", "-m", "synapse.app.homeserver", "-c", s["config"]],
                cwd=s["dir"], stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                start_new_session=True)
            (Path(s["dir"]) / "harness.pid").write_text(f"{proc.pid}\n")
            self._procs[hs] = proc
        try:
            for hs in servers:
                self._wait_up(hs, timeout)
        except BaseException:
            self.stop(servers)
            raise

    def _wait_up(self, hs, timeout):
        s = self.server(hs)
        ctx = ssl.create_default_context(cafile=self.ca_cert)
        urls = [(s["client_url"] + "/health", None),
                (s["federation_url"] + "/_matrix/key/v2/server", ctx)]
        deadline = time.monotonic() + timeout
        while urls:
            if not self._pid(hs):
                tail = (Path(s["dir"]) / "stdout.log").read_text(errors="replace")[-3000:]
                raise RuntimeError(f"{hs} exited while starting:\n{tail}")
            try:
                with urllib.request.urlopen(urls[0][0], timeout=5, context=urls[0][1]) as r:
                    r.read()
                urls.pop(0)
                continue
            except OSError:
                if time.monotonic() > deadline:
                    raise TimeoutError(f"{hs} did not answer {urls[0][0]} within {timeout}s")
            time.sleep(0.3)

    def stop(self, servers=SERVERS, timeout=60):
        pids = {hs: self._pid(hs) for hs in servers}
        for pid in filter(None, pids.values()):
            os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        for hs, pid in pids.items():
            while pid and self._pid(hs):
                if time.monotonic() > deadline:
                    os.kill(pid, signal.SIGKILL)
                time.sleep(0.2)
            (Path(self.server(hs)["dir"]) / "harness.pid").unlink(missing_ok=True)
            self._procs.pop(hs, None)

    def __enter__(self):
        self.start()
        return self

    def __exit__(self, *exc):
        self.stop()

    # ---- key rotation ------------------------------------------------------------------------

    def rotate_key(self, hs):
        """Give a stopped server a new signing key and list the old one in old_signing_keys,
        expired now. Returns {old_key_id, old_public_key, expired_ts, new_key_id, new_public_key}."""
        if self._pid(hs):
            raise RuntimeError(f"stop {hs} before rotating its key")
        path = Path(self.server(hs)["signing_key"])
        old_id, old_pub = key_facts(path)
        path.rename(path.with_name(path.name + "." + old_id.split(":", 1)[1]))
        subprocess.run([self.venv / "bin/generate_signing_key", "-o", path], check=True)
        new_id, new_pub = key_facts(path)
        if new_id == old_id:  # key versions are random; make sure the new one is distinct
            raise RuntimeError("the new signing key got the old key's ID; run again")
        expired_ts = int(time.time() * 1000)
        config = self.config(hs)
        config.setdefault("old_signing_keys", {})[old_id] = {"key": old_pub, "expired_ts": expired_ts}
        self.write_config(hs, config)
        return {"old_key_id": old_id, "old_public_key": old_pub, "expired_ts": expired_ts,
                "new_key_id": new_id, "new_public_key": new_pub}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("init")
    p.add_argument("workdir")
    p.add_argument("--base-port", type=int, default=int(os.environ.get("SYNAPSE_BASE_PORT", 8480)))
    p.add_argument("--venv", default=os.environ.get("SYNAPSE_VENV", str(ROOT / ".build/synapse-venv")))
    p.add_argument("--notary", action="store_true", help="each server trusts the other as its key notary")
    p.add_argument("--redaction-retention", default="7d")
    for name in ("start", "stop"):
        p = sub.add_parser(name)
        p.add_argument("workdir")
        p.add_argument("servers", nargs="*", choices=[[], *SERVERS], default=[])
    p = sub.add_parser("env")
    p.add_argument("workdir")
    p = sub.add_parser("user")
    p.add_argument("workdir")
    p.add_argument("server", choices=SERVERS)
    p.add_argument("name")
    p.add_argument("--admin", action="store_true")
    p = sub.add_parser("rotate-key")
    p.add_argument("workdir")
    p.add_argument("server", choices=SERVERS)
    p = sub.add_parser("run")
    p.add_argument("workdir")
    p.add_argument("command", nargs=argparse.REMAINDER)
    a = ap.parse_args()

    if a.cmd == "init":
        Pair.init(a.workdir, a.venv, a.base_port, a.notary, a.redaction_retention)
        return 0
    pair = Pair(a.workdir)
    if a.cmd == "start":
        pair.start(a.servers or SERVERS)
    elif a.cmd == "stop":
        pair.stop(a.servers or SERVERS)
    elif a.cmd == "env":
        for k, v in pair.env().items():
            print(f"{k}='{v}'")
    elif a.cmd == "user":
        u = pair.user(a.server, a.name, a.admin)
        print(json.dumps({"user_id": u.user_id, "access_token": u.token, "device_id": u.device_id}))
    elif a.cmd == "rotate-key":
        print(json.dumps(pair.rotate_key(a.server), indent=2))
    elif a.cmd == "run":
        command = a.command[1:] if a.command[:1] == ["--"] else a.command
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
        with pair:
            return subprocess.run(command, env={**os.environ, **pair.env()}).returncode
    return 0


if __name__ == "__main__":
    sys.exit(main())
