#!/usr/bin/env bash
# Create a Python venv holding a pinned matrix-synapse (with its PostgreSQL extra) for the harness,
# Playwright for the browser tests of the HTML report (it drives Debian's chromium: no browser download),
# and python-olm (libolm), the client library of the identity scenarios.
# Usage: venv.sh [VENV_DIR]   (default: .build/synapse-venv; env SYNAPSE_VERSION overrides the pin,
# SYNAPSE_EXTRA adds a requirement such as prometheus-client<0.20)
# Does nothing when the venv already holds those versions.
set -euo pipefail
cd "$(dirname "$0")/../.."
VENV=${1:-${SYNAPSE_VENV:-.build/synapse-venv}}
VERSION=${SYNAPSE_VERSION:-1.163.2}
PLAYWRIGHT=${PLAYWRIGHT_VERSION:-1.65.3}
OLM=${PYTHON_OLM_VERSION:-3.2.16}
PYTHON=${PYTHON:-python3}

if [ -x "$VENV/bin/python" ] &&
   [ "$("$VENV/bin/python" -c 'import importlib.metadata as m; print(m.version("matrix-synapse"))' 2>/dev/null)" = "$VERSION" ] &&
   "$VENV/bin/python" -c 'import psycopg2' 2>/dev/null &&
   [ "$("$VENV/bin/python" -c 'import importlib.metadata as m; print(m.version("playwright"))' 2>/dev/null)" = "$PLAYWRIGHT" ] &&
   [ "$("$VENV/bin/python" -c 'import importlib.metadata as m; print(m.version("python-olm"))' 2>/dev/null)" = "$OLM" ]; then
    echo "synapse-venv: $VENV already has matrix-synapse $VERSION, playwright $PLAYWRIGHT and python-olm $OLM"
    exit 0
fi
"$PYTHON" -m venv "$VENV"
"$VENV/bin/python" -m pip install --quiet --upgrade pip
# SYNAPSE_EXTRA: further requirements (an older Synapse may need an older dependency pinned).
"$VENV/bin/python" -m pip install --quiet "matrix-synapse[postgres]==$VERSION" "playwright==$PLAYWRIGHT" "python-olm==$OLM" \
    ${SYNAPSE_EXTRA:+"$SYNAPSE_EXTRA"}
echo "synapse-venv: installed matrix-synapse $VERSION, playwright $PLAYWRIGHT and python-olm $OLM into $VENV"
