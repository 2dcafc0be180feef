#!/usr/bin/env python3
"""Finishes the built site: writes the service worker with this build's version and
file list, writes brotli and gzip copies of every file beside it, and prints each
file's size raw, gzip and brotli, with the first-load total.

    package_site.py SITE_DIR SOURCE_DIR
"""
import gzip
import hashlib
import json
import os
import subprocess
import sys

COMPRESSED = (".br", ".gz")


def shipped_files(root):
    for folder, _, names in os.walk(root):
        for name in sorted(names):
            if not name.endswith(COMPRESSED):
                yield os.path.relpath(os.path.join(folder, name), root)


def write_service_worker(root, source):
    # The files at the top of the site are what the app needs to start: precached.
    # Sub-folders (fonts of other scripts) are cached when first fetched.
    top = sorted(f for f in os.listdir(root)
                 if os.path.isfile(os.path.join(root, f)) and not f.endswith(COMPRESSED) and f != "sw.js")
    digest = hashlib.sha256()
    for name in sorted(shipped_files(root)):
        if name == "sw.js":
            continue
        digest.update(name.encode())
        with open(os.path.join(root, name), "rb") as f:
            digest.update(f.read())
    precache = ["./" if f == "index.html" else f for f in top]
    with open(os.path.join(source, "web", "sw.js"), encoding="utf-8") as f:
        text = f.read()
    text = text.replace("__BUILD_VERSION__", digest.hexdigest()[:16]).replace("__PRECACHE__", json.dumps(precache))
    path = os.path.join(root, "sw.js")
    old = open(path, encoding="utf-8").read() if os.path.exists(path) else None
    if text != old:
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)


def compress(path):
    mtime = os.path.getmtime(path)
    gz, br = path + ".gz", path + ".br"
    if not os.path.exists(gz) or os.path.getmtime(gz) < mtime:
        with open(path, "rb") as src, open(gz, "wb") as dst:
            dst.write(gzip.compress(src.read(), compresslevel=9, mtime=0))
    if not os.path.exists(br) or os.path.getmtime(br) < mtime:
        subprocess.run(["brotli", "-q", "11", "-f", "-o", br, path], check=True)
        os.utime(br)  # brotli copies the source's time: mark it as made now
    return os.path.getsize(path), os.path.getsize(gz), os.path.getsize(br)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "build", "web", "site")
    source = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "..")
    write_service_worker(root, source)
    rows = [(name, *compress(os.path.join(root, name))) for name in sorted(shipped_files(root))]
    width = max(len(r[0]) for r in rows + [("first load",)])
    print(f"{'file':<{width}}  {'raw':>10}  {'gzip':>10}  {'brotli':>10}")
    for name, raw, g, b in rows:
        print(f"{name:<{width}}  {raw:>10,}  {g:>10,}  {b:>10,}")
    # The first visit: the files beside the page and the demo catalogues (the fonts of
    # other scripts, other languages and the lessons come when needed).
    first = [r for r in rows if os.sep not in r[0] or r[0].startswith("demo" + os.sep)]
    for label, subset in (("first load", first), ("all files", rows)):
        total = [sum(r[i] for r in subset) for i in (1, 2, 3)]
        print(f"{label:<{width}}  {total[0]:>10,}  {total[1]:>10,}  {total[2]:>10,}")


if __name__ == "__main__":
    main()
