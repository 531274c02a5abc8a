"""Seed corpora for the fuzz targets, taken from the test vectors (scripts/fuzz.sh runs this)."""
import json, os, sys

root = sys.argv[1]
vectors = os.path.join(os.path.dirname(__file__), "..", "Tests", "MatrixKeysTests", "Vectors")

def load(name):
    with open(os.path.join(vectors, name + ".json")) as f:
        return json.load(f)

def strings(value):
    """Every string in a vector, and every JSON object as text."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        yield json.dumps(value)
        for item in value.values():
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)

seeds = {
    "json": [s for c in load("canonical_json") for s in strings(c.get("input"))],
    "encodings": list(strings(load("crypto_kat"))) + [s for c in load("recovery_key") for s in strings(c)],
    "recovery-key": [s for c in load("recovery_key") for s in strings(c.get("input"))],
    "secrets": [s for c in load("ssss") + load("backup") for s in strings(c.get("input"))],
    "export-file": ["-----BEGIN MEGOLM SESSION DATA-----\nAQ==\n-----END MEGOLM SESSION DATA-----\n"],
    "server-keys": [s for c in load("server_keys") for s in strings(c.get("input"))],
    "events": [s for c in load("event_hashing") for s in strings(c.get("input"))],
}
for target, items in seeds.items():
    directory = os.path.join(root, target)
    os.makedirs(directory, exist_ok=True)
    for index, item in enumerate(items[:500]):
        with open(os.path.join(directory, "seed-%d" % index), "w") as f:
            f.write(item)
