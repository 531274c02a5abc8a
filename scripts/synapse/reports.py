#!/usr/bin/env python3
"""make integration, reports: the README's shard recipe and the HTML report in a real browser.

    reports.py MXKEYS_BINARY [--base-port 8760] [--artifacts DIR]

On the committed real-Synapse fixtures (Tests/Fixtures/synapse), on SQLite and on a throwaway PostgreSQL
cluster (initdb into a temporary directory, Unix socket only, its socket named after --base-port + 1):

- runs the README's recipe (the shell block after `<!-- recipe: shards -->`) exactly as written, GNU
  parallel running the shards of `event verify --json` and `report merge` putting them together, and
  checks that the merged summary equals the unsharded run's, field for field (but the run's time);
- writes the HTML report of a run with a rejected event (hs1 with its old key's expired_ts moved back to
  the event's ts: the server signed with a key after it retired it), opens it in Debian's chromium,
  headless, through Playwright, and checks that the totals, the table of rooms and the findings equal
  the JSON summary number for number, that the page made no request and logged no console error, and
  that the key time line has one bar per key ID with the rejected event marked; keeps a screenshot;
- writes the page of the device audit of the committed identity fixtures (Tests/Fixtures/synapse-
  identities: devices verify --html over its database, and report html of its --json output, alone and
  with the event report above), and checks that its totals (local and remote), its row per user and its
  list of the devices that are not cross-signed equal the JSON, that the filters by verdict and user and
  the sorting work, and that the page made no request and logged no console error; keeps a screenshot;
- opens the hostile reports (Tests/Fixtures/reports/hostile.json and hostile-devices.json), and checks
  that nothing ran (no dialog, no request, no error) and that their strings appear literally as text.
"""

import argparse
import gzip
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "Tests" / "Fixtures" / "synapse"
HOSTILE = ROOT / "Tests" / "Fixtures" / "reports" / "hostile.json"
HOSTILE_DEVICES = ROOT / "Tests" / "Fixtures" / "reports" / "hostile-devices.json"
IDENTITIES = ROOT / "Tests" / "Fixtures" / "synapse-identities"
TIMING = {"elapsed_ms", "events_per_second", "started_at"}
PASSED = 0


def check(cond, what, detail=""):
    global PASSED
    print(("ok   " if cond else "FAIL ") + what + ("" if cond or not detail else f"\n     {str(detail).strip()[:2000]}"), flush=True)
    if not cond:
        print(f"reports: {PASSED} passed, 1 failed")
        raise SystemExit(1)
    PASSED += 1


def run(args, cwd, env=None, check_status=True):
    p = subprocess.run(args, cwd=cwd, env=env, capture_output=True, timeout=600)
    if check_status and p.returncode not in (0, 1):
        raise SystemExit(f"reports: {' '.join(map(str, args))}: exit {p.returncode}\n{p.stderr.decode()}")
    return p.returncode, p.stdout.decode(), p.stderr.decode()


def recipe():
    """The README's shard recipe: the fenced shell block after the marker."""
    text = (ROOT / "README.md").read_text()
    m = re.search(r"<!-- recipe: shards -->\s*```sh\n(.*?)```", text, re.S)
    if not m:
        raise SystemExit("reports: README.md has no shell block after <!-- recipe: shards -->")
    return m.group(1)


def summary_of(text):
    return json.loads(text.strip().split("\n")[-1])["summary"]


def without_timing(summary):
    return {k: v for k, v in summary.items() if k not in TIMING}


class Postgres:
    """A throwaway cluster: initdb into a temporary directory, a Unix socket only (no TCP listener)."""

    def __init__(self, directory, port):
        self.dir, self.port = Path(directory), str(port)
        versions = sorted((int(p.name) for p in Path("/usr/lib/postgresql").glob("*") if p.name.isdigit()), reverse=True)
        bins = [Path(f"/usr/lib/postgresql/{v}/bin") for v in versions if Path(f"/usr/lib/postgresql/{v}/bin/initdb").exists()]
        if not bins:
            raise SystemExit("reports: no PostgreSQL server under /usr/lib/postgresql: run make deps")
        self.bin = bins[0]
        self.as_postgres = os.getuid() == 0
        self.dir.mkdir(parents=True)
        if self.as_postgres:
            shutil.chown(self.dir, "postgres", "postgres")
        os.chmod(self.dir, 0o700)

    def server(self, *args):
        cmd = [str(self.bin / args[0]), *args[1:]]
        if self.as_postgres:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        subprocess.run(cmd, cwd=self.dir, check=True, capture_output=True, timeout=300)

    def start(self):
        data = self.dir / "data"
        self.server("initdb", "-D", str(data), "-U", "postgres", "-A", "trust", "--locale=C", "--encoding=UTF8", "--no-sync")
        opts = f"-c listen_addresses='' -c unix_socket_directories='{self.dir}' -c port={self.port} -c fsync=off"
        self.server("pg_ctl", "-D", str(data), "-l", str(self.dir / "log"), "-w", "-t", "60", "-o", opts, "start")
        return self

    def psql(self, db, *args):
        subprocess.run([str(self.bin / "psql"), "-h", str(self.dir), "-p", self.port, "-U", "postgres", "-d", db, "-X",
                        "-v", "ON_ERROR_STOP=1", "-q", *args], check=True, capture_output=True, timeout=300)

    def stop(self):
        try:
            self.server("pg_ctl", "-D", str(self.dir / "data"), "-m", "immediate", "-w", "stop")
        except subprocess.CalledProcessError:
            pass


def shard_recipe(mx, work, label, source):
    """Runs the README's recipe with SOURCE, and checks its merge against the unsharded run."""
    d = work / f"recipe-{label}"
    d.mkdir()
    for name in ("hs1.yaml", "hs1.log.config", "hs1.signing.key", "hs1.db"):
        shutil.copy(FIXTURES / name, d / name)
    os.chmod(d / "hs1.signing.key", 0o600)
    for name, text in source.get("files", {}).items():
        (d / name).write_text(text)
    env = dict(os.environ, PATH=f"{Path(mx).parent}:{os.environ['PATH']}", SOURCE=source["args"])
    p = subprocess.run(["bash", "-euo", "pipefail", "-c", recipe()], cwd=d, env=env, capture_output=True, timeout=600)
    check(p.returncode in (0, 1) and p.stderr.decode() == "", f"{label}: the README's recipe runs (GNU parallel, N shards, report merge)",
          p.stdout.decode() + p.stderr.decode())
    shards = sorted(d.glob("shard-*.json.gz"))
    check(len(shards) == 4 and all(gzip.open(s).read().rstrip().split(b"\n")[-1].startswith(b'{"summary":') for s in shards),
          f"{label}: 4 gzip-compressed shards, each ending with its summary", [s.name for s in shards])
    merged = summary_of((d / "merged.json").read_text())
    code, out, err = run([mx, "event", "verify", "--json", "--quiet", *source["args"].split()], d)
    whole = summary_of(out)
    check(without_timing(merged) == without_timing(whole) and whole["events"] == 71,
          f"{label}: the merged summary equals the unsharded run's, field for field ({whole['events']} events, {len(whole['rooms'])} rooms)",
          json.dumps({k: (merged.get(k), whole.get(k)) for k in set(merged) | set(whole) if merged.get(k) != whole.get(k)})[:2000])
    code, text, err = run([mx, "report", "merge", *map(str, shards)], d)
    code2, whole_text, err = run([mx, "event", "verify", "--quiet", *source["args"].split()], d)
    strip = lambda t: [l for l in t.split("\n") if not l.startswith("time: ")]
    check(strip(text) == strip(whole_text) and code == code2, f"{label}: the merged text summary equals the unsharded run's (exit {code})", text + "\n---\n" + whole_text)


def rejected_run(mx, work):
    """hs1 with the old key's expired_ts moved back to the old-key event's ts: that event is rejected."""
    m = json.loads((FIXTURES / "manifest.json").read_text())
    d = work / "html"
    d.mkdir()
    for name in ("hs1.log.config", "hs1.signing.key", "hs1.db"):
        shutil.copy(FIXTURES / name, d / name)
    os.chmod(d / "hs1.signing.key", 0o600)
    expired = m["hs1_key_rotation"]["expired_ts"]
    old_event = m["events"]["old_key"]["event_id"]
    # The event's own ts (the key is valid only while ts < expired_ts), from a run on the fixture as it is.
    shutil.copy(FIXTURES / "hs1.yaml", d / "hs1.yaml")
    code, out, err = run([mx, "event", "verify", "--synapse-config", "hs1.yaml", "--json"], d)
    ts = next((e.get("origin_server_ts") for e in map(json.loads, out.strip().split("\n")[:-1]) if e.get("stored_event_id") == old_event), None)
    check(code == 0 and ts is not None and ts < expired, "the old-key event verifies on the fixture, its origin_server_ts before the key's expired_ts", err)
    config = (FIXTURES / "hs1.yaml").read_text().replace(f"expired_ts: {expired}", f"expired_ts: {ts}")
    (d / "hs1.yaml").write_text(config)
    code, out, err = run([mx, "event", "verify", "--synapse-config", "hs1.yaml", "--json", "--html", "run.html"], d)
    (d / "run.json").write_text(out)
    events = [json.loads(l) for l in out.strip().split("\n")[:-1]]
    summary = summary_of(out)
    rejected = [e for e in events if e["verdict"] == "rejected"]
    check(code == 1 and [e["stored_event_id"] for e in rejected] == [old_event],
          "event verify --html: the old-key event is rejected (exit 1), and the page is written", err)
    code, out, err = run([mx, "report", "html", "run.json", "--output", "report.html"], d)
    check(code == 0 and err == "" and (d / "report.html").exists(), "report html writes the page of the run's JSON", err)
    return d, summary, events, old_event, m["hs1_key_rotation"]["old_key_id"]


def browser(page_path, screenshot=None):
    """Opens the file in headless chromium; returns the page and what it did (requests, console errors, dialogs)."""
    from playwright.sync_api import sync_playwright
    pw = sync_playwright().start()
    exe = shutil.which("chromium") or "/usr/bin/chromium"
    b = pw.chromium.launch(executable_path=exe, headless=True, args=["--no-sandbox"])
    ctx = b.new_context(viewport={"width": 1200, "height": 900})
    page = ctx.new_page()
    seen = {"requests": [], "errors": [], "dialogs": [], "console": []}
    target = Path(page_path).resolve().as_uri()
    page.on("request", lambda r: seen["requests"].append(r.url) if r.url != target else None)
    page.on("console", lambda m: seen["console"].append(f"{m.type}: {m.text}") if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: seen["errors"].append(str(e)))
    page.on("dialog", lambda d: (seen["dialogs"].append(d.message), d.dismiss()))
    page.goto(target)
    page.wait_for_load_state("load")
    if screenshot:
        page.screenshot(path=str(screenshot), full_page=False)
    return pw, b, page, seen


def check_report_page(path, summary, events, old_event, old_key, artifacts, label):
    pw, b, page, seen = browser(path, artifacts / f"{label}.png")
    try:
        totals = page.eval_on_selector_all("#totals tr", "rs => rs.map(r => [r.dataset.k, r.querySelector('td').textContent])")
        check({k: int(v) for k, v in totals} == {k: summary[k] for k, _ in totals} and len(totals) == 8,
              f"{label}: the totals on the page equal the JSON summary's", totals)
        rows = page.eval_on_selector_all("#rooms tbody tr", "rs => rs.map(r => Array.from(r.cells).map(c => c.textContent))")
        names = ["events", "valid", "redacted", "censored", "rejected", "id_mismatches", "server_rejected", "outliers"]
        shown = {r[0]: [r[1]] + [int(x) for x in r[2:]] for r in rows}
        wanted = {room: [c["room_version"]] + [c[n] for n in names] for room, c in summary["rooms"].items()}
        check(shown == wanted, f"{label}: the table of rooms equals the summary's rooms, number for number ({len(rows)} rooms)",
              json.dumps([shown, wanted])[:2000])
        # Sorting: a click on "events" orders the rows by their event counts.
        page.click("#rooms thead th:nth-child(3) button")
        counts = page.eval_on_selector_all("#rooms tbody tr", "rs => rs.map(r => Number(r.cells[2].textContent))")
        check(counts == sorted(counts) and len(counts) == len(rows), f"{label}: the table of rooms sorts by a column", counts)
        findings = page.eval_on_selector_all("#findings tbody tr", "rs => rs.map(r => [r.cells[0].textContent, r.cells[3].textContent, r.cells[4].textContent])")
        expected = [[e["stored_event_id"], e["verdict"], "; ".join(e["reasons"]) + (f" [the server rejected it: {e['server_rejected']}]" if "server_rejected" in e else "")]
                    for e in events if e["verdict"] != "valid"]
        check(findings == expected and len(findings) == summary["events"] - summary["valid"],
              f"{label}: the findings list every event not valid, with its reasons as event verify words them ({len(findings)})",
              json.dumps([findings, expected])[:2000])
        # The filter by verdict shows only that verdict's rows.
        page.select_option("#filter-verdict", label="rejected")
        visible = page.eval_on_selector_all("#findings tbody tr:not([hidden])", "rs => rs.map(r => r.cells[0].textContent)")
        check(visible == [old_event] and page.text_content("#findings-shown") == "1", f"{label}: the filter by verdict keeps the rejected event only", visible)
        page.select_option("#filter-verdict", label="all")
        server = json.loads(json.dumps(summary["key_ring"]["entries"]))
        hs1_name = summary["server_name"]
        key_ids = sorted({e["key_id"] for e in server if e["server"] == hs1_name})
        bars = page.eval_on_selector_all(
            "section.server", "ss => ss.map(s => [s.dataset.server, Array.from(s.querySelectorAll('g.key')).map(g => [g.dataset.keyId, g.querySelectorAll('rect.bar').length, g.querySelectorAll('path.bad[data-verdict=rejected]').length])])")
        by_server = {s: g for s, g in bars}
        hs1_bars = by_server.get(hs1_name, [])
        check(sorted(k for k, _, _ in hs1_bars) == key_ids and all(n == 1 for _, n, _ in hs1_bars),
              f"{label}: the time line of {hs1_name} has one bar per key ID ({', '.join(key_ids)})", bars)
        check({k: r for k, _, r in hs1_bars} == {k: (1 if k == old_key else 0) for k in key_ids},
              f"{label}: the rejected event is marked on the bar of the key it was signed with ({old_key})", hs1_bars)
        # The picture of the README: the server's keys and their time line, the rejected event on the old key's bar.
        page.locator(f"section.server >> nth={[s for s, _ in bars].index(hs1_name)}").screenshot(path=str(artifacts / f"{label}-timeline.png"))
        check(seen["requests"] == [] and seen["errors"] == [] and seen["console"] == [] and seen["dialogs"] == [],
              f"{label}: no network request, no console error or warning, no dialog", seen)
    finally:
        b.close()
        pw.stop()


def devices_run(mx, work, events_json):
    """devices verify --html over the identity fixture's database, as alice; report html of its JSON, alone
    and below the event report."""
    d = work / "devices"
    d.mkdir()
    shutil.copy(IDENTITIES / "hs1.db", d / "hs1.db")
    scenario = json.loads((IDENTITIES / "scenario.json").read_text())
    alice = next(u for u in scenario["users"] if u.startswith("@alice:"))
    code, out, err = run([mx, "devices", "verify", "--synapse-db", "hs1.db", "--as", alice, "--json", "--html", "run.html"], d)
    check(code == 0 and err == "" and (d / "run.html").exists(), "devices verify --html: the audit of the identity fixture, and its page", err)
    (d / "devices.json").write_text(out)
    objects = [json.loads(l) for l in out.strip().split("\n")]
    code, _, err = run([mx, "report", "html", "devices.json", "--output", "report.html"], d)
    check(code == 0 and err == "" and (d / "report.html").read_bytes() == (d / "run.html").read_bytes(),
          "report html of devices verify --json makes the same page, byte for byte", err)
    code, _, err = run([mx, "report", "html", str(events_json), "devices.json", "--output", "both.html"], d)
    check(code == 0 and err == "", "report html of an event report and a device audit together", err)
    return d, objects, scenario, alice


def check_devices_page(path, objects, scenario, artifacts, label):
    summary = objects[-1]["summary"]
    users = [o for o in objects[:-1] if "device_id" not in o]
    devices = [o for o in objects[:-1] if "device_id" in o]
    pw, b, page, seen = browser(path)
    try:
        page.locator("#device-audit").screenshot(path=str(artifacts / f"{label}.png"))
        totals = page.eval_on_selector_all("#device-totals tbody tr", "rs => rs.map(r => [r.dataset.k, Array.from(r.querySelectorAll('td')).map(c => Number(c.textContent))])")
        wanted = {k: [summary[k], summary["local"][k], summary["remote"][k]] for k, _ in totals}
        check({k: v for k, v in totals} == wanted and len(totals) == 7 and summary["remote"]["users"] == 1,
              f"{label}: the device totals, local and remote, equal the JSON summary's ({summary['users']} users, {summary['devices']} devices)", totals)
        rows = page.eval_on_selector_all("#device-users tbody tr", "rs => rs.map(r => Array.from(r.cells).map(c => c.textContent))")
        signed = lambda u: {True: "yes", False: "no"}.get(u["signed_by_you"], "you" if u["user_id"] == summary["as"] else "not judged")
        expected = [[u["user_id"], "remote" if u.get("local") is False else "local", u["master"], u["self_signing"], u["user_signing"], signed(u),
                     str(u["devices"]), str(u["cross_signed_devices"]), "; ".join(u["reasons"])] for u in users]
        check(rows == expected and len(rows) == len(scenario["users"]), f"{label}: a row per user equal to the JSON ({len(rows)} users)",
              json.dumps([rows, expected])[:2000])
        listed = page.eval_on_selector_all("#device-findings tbody tr", "rs => rs.map(r => [r.cells[0].textContent, r.cells[1].textContent, r.cells[3].textContent, r.cells[6].textContent])")
        expected = [[o["user_id"], o["device_id"], o["verdict"], "; ".join(o["reasons"])] for o in devices if o["verdict"] != "cross-signed"]
        not_signed = sorted(d for u in scenario["users"].values() for d, facts in u["devices"].items() if not facts["cross_signed"])
        check(listed == expected and sorted(r[1] for r in listed) == not_signed and len(listed) == summary["not_cross_signed"] + summary["invalid"],
              f"{label}: every device not cross-signed is listed with its reasons as devices verify words them ({', '.join(not_signed)})",
              json.dumps([listed, expected])[:2000])
        alice = next(u["user_id"] for u in users if u["user_id"].startswith("@alice:"))
        page.select_option("#device-filter-user", label=alice)
        visible = page.eval_on_selector_all("#device-findings tbody tr:not([hidden])", "rs => rs.map(r => r.cells[1].textContent)")
        check(visible == ["ALICE2"] and page.text_content("#device-findings-shown") == "1", f"{label}: the filter by user keeps alice's device only", visible)
        page.select_option("#device-filter-user", label="all")
        page.select_option("#device-filter-verdict", label="not-cross-signed")
        visible = page.eval_on_selector_all("#device-findings tbody tr:not([hidden])", "rs => rs.length")
        check(visible == 3 and page.text_content("#device-findings-shown") == "3", f"{label}: the filter by verdict keeps the devices not cross-signed", visible)
        page.click("#device-users thead th:nth-child(1) button")
        page.click("#device-users thead th:nth-child(1) button")
        order = page.eval_on_selector_all("#device-users tbody tr", "rs => rs.map(r => r.cells[0].textContent)")
        check(order == sorted((u["user_id"] for u in users), reverse=True), f"{label}: the table of users sorts by a column", order)
        check(seen["requests"] == [] and seen["errors"] == [] and seen["console"] == [] and seen["dialogs"] == [],
              f"{label}: no network request, no console error or warning, no dialog", seen)
    finally:
        b.close()
        pw.stop()


def visible(text):
    """A string as the page shows it: bidi controls as their code point."""
    return "".join(f"⟨U+{ord(c):04X}⟩" if 0x202A <= ord(c) <= 0x202E or 0x2066 <= ord(c) <= 0x2069 or ord(c) in (0x200E, 0x200F) else c for c in text)


def hostile_strings(lines):
    """What each hostile fixture's page must show as text, by what the strings are."""
    if "device_id" in lines[0] or "master" in lines[0]:
        for o in lines[:-1]:
            shown = [o["user_id"]] + ([o["device_id"]] + o["reasons"] if "device_id" in o and o["verdict"] != "cross-signed" else [])
            yield "a user's ID, and a listed device's ID and reasons", [visible(t) for t in shown]
        return
    summary = lines[-1]["summary"]
    for room in summary["rooms"]:
        yield "the room ID", [visible(room)]
    for e in lines[:-1]:
        if e["verdict"] != "valid":
            yield f"the {e['verdict']} event's ID and reasons", [visible(e["stored_event_id"]), visible(e["reasons"][0])]
    yield "the server name", [summary["server_name"]]


def check_hostile(mx, work, artifacts):
    d = work / "hostile"
    d.mkdir()
    for fixture in (HOSTILE, HOSTILE_DEVICES):
        label = fixture.stem
        code, out, err = run([mx, "report", "html", str(fixture), "--output", str(d / f"{label}.html")], d)
        check(code == 0, f"{label}: report html of the fixture", err)
        pw, b, page, seen = browser(d / f"{label}.html", artifacts / f"{label}.png")
        try:
            text = page.inner_text("body")
            for what, strings in hostile_strings([json.loads(l) for l in fixture.read_text().strip().split("\n")]):
                check(all(t in text for t in strings), f"{label}: {what} appear literally (bidi controls as their code)", strings)
            check(page.eval_on_selector_all("script", "s => s.length") == 1 and page.eval_on_selector_all("img, iframe, a, b, i", "e => e.length") == 0,
                  f"{label}: one script element (the page's own), and no element from the input")
            check(seen["dialogs"] == [] and seen["requests"] == [] and seen["errors"] == [] and seen["console"] == [],
                  f"{label}: nothing ran: no dialog, no request, no console error", seen)
        finally:
            b.close()
            pw.stop()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("--base-port", type=int, default=8760)
    ap.add_argument("--artifacts", default=str(ROOT / ".build" / "integration-artifacts"))
    a = ap.parse_args()
    mx = str(Path(a.binary).resolve())
    artifacts = Path(a.artifacts)
    artifacts.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="mxkeys-reports.") as work:
        work = Path(work)
        os.chmod(work, 0o755)
        shard_recipe(mx, work, "sqlite", {"args": "--synapse-config hs1.yaml"})
        pg = Postgres(work / "pg", a.base_port + 1).start()
        try:
            pg.psql("postgres", "-c", "CREATE DATABASE hs1 ENCODING 'UTF8' LC_COLLATE='C' LC_CTYPE='C' TEMPLATE template0")
            pg.psql("hs1", "-f", str(FIXTURES / "hs1.pg.sql"))
            section = f"database:\n  name: psycopg2\n  args:\n    user: postgres\n    database: hs1\n    host: {pg.dir}\n    port: {pg.port}\n"
            shard_recipe(mx, work, "postgres", {"args": "--synapse-config hs1.yaml --synapse-config hs1-postgres.yaml",
                                                "files": {"hs1-postgres.yaml": section}})
        finally:
            pg.stop()
        d, summary, events, old_event, old_key = rejected_run(mx, work)
        check_report_page(d / "report.html", summary, events, old_event, old_key, artifacts, "report")
        check_report_page(d / "run.html", summary, events, old_event, old_key, artifacts, "event-verify-html")
        check_hostile(mx, work, artifacts)
        dd, objects, scenario, _ = devices_run(mx, work, d / "run.json")
        check_devices_page(dd / "run.html", objects, scenario, artifacts, "devices-verify-html")
        check_devices_page(dd / "both.html", objects, scenario, artifacts, "events-and-devices")
    print(f"reports: {PASSED} passed, 0 failed (screenshots in {artifacts})")


if __name__ == "__main__":
    main()
