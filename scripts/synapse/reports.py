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
- opens the hostile report (Tests/Fixtures/reports/hostile.json), and checks that nothing ran (no
  dialog, no request, no error) and that its strings appear literally as text.
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


def check_hostile(mx, work, artifacts):
    d = work / "hostile"
    d.mkdir()
    code, out, err = run([mx, "report", "html", str(HOSTILE), "--output", str(d / "hostile.html")], d)
    check(code == 0, "report html of the hostile fixture", err)
    pw, b, page, seen = browser(d / "hostile.html", artifacts / "hostile.png")
    try:
        text = page.inner_text("body")
        lines = [json.loads(l) for l in HOSTILE.read_text().strip().split("\n")]
        summary = lines[-1]["summary"]
        for room in summary["rooms"]:
            visible = "".join(f"⟨U+{ord(c):04X}⟩" if 0x202A <= ord(c) <= 0x202E or 0x2066 <= ord(c) <= 0x2069 or ord(c) in (0x200E, 0x200F) else c for c in room)
            check(visible in text, "hostile: the room ID appears literally (bidi controls as their code)", visible)
        for e in lines[:-1]:
            if e["verdict"] == "valid":
                continue
            check(e["stored_event_id"].replace("\u200f", "⟨U+200F⟩") in text and e["reasons"][0].replace("\u202e", "⟨U+202E⟩") in text,
                  f"hostile: the {e['verdict']} event's ID and reasons appear literally", e["stored_event_id"])
        check(summary["server_name"] in text, "hostile: the server name appears literally")
        scripts = page.eval_on_selector_all("script", "s => s.length")
        check(scripts == 1 and page.eval_on_selector_all("img, iframe, a, b", "e => e.length") == 0,
              "hostile: one script element (the page's own), and no element from the input")
        check(seen["dialogs"] == [] and seen["requests"] == [] and seen["errors"] == [] and seen["console"] == [],
              "hostile: nothing ran: no dialog, no request, no console error", seen)
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
    print(f"reports: {PASSED} passed, 0 failed (screenshots in {artifacts})")


if __name__ == "__main__":
    main()
