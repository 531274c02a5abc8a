#!/usr/bin/env python3
"""Prints how long headless chromium takes to load and render an HTML page (a benchmark figure).

    render-time.py PAGE [--runs 3]

Opens PAGE (a file) in Debian's chromium through Playwright (from the synapse venv: make synapse-venv),
and prints, for the best of the runs, the time from navigation to the load event and to the first frame
painted after it, and whether the page made any request or logged an error.
"""
import argparse
import shutil
import time
from pathlib import Path

from playwright.sync_api import sync_playwright


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("page")
    ap.add_argument("--runs", type=int, default=3)
    a = ap.parse_args()
    url = Path(a.page).resolve().as_uri()
    size = Path(a.page).stat().st_size
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=shutil.which("chromium") or "/usr/bin/chromium", headless=True, args=["--no-sandbox"])
        best = None
        for _ in range(a.runs):
            page = browser.new_page(viewport={"width": 1200, "height": 900})
            requests, errors = [], []
            page.on("request", lambda r: requests.append(r.url) if r.url != url else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            start = time.monotonic()
            page.goto(url, wait_until="load")
            loaded = time.monotonic() - start
            page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
            painted = time.monotonic() - start
            page.close()
            if best is None or painted < best[1]:
                best = (loaded, painted, len(requests), len(errors))
        browser.close()
    print(f"render-time: {a.page}: {size / 1048576:.2f} MiB; load event {best[0]:.2f} s, painted {best[1]:.2f} s; "
          f"{best[2]} requests, {best[3]} errors (best of {a.runs})")


if __name__ == "__main__":
    main()
