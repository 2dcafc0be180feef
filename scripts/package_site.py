#!/usr/bin/env python3
"""Writes brotli and gzip copies of every shipped file beside it and prints their
sizes raw, gzip and brotli. Files are only recompressed when they changed."""
import gzip
import os
import subprocess
import sys

COMPRESSED = (".br", ".gz")


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "build", "web", "site")
    rows = []
    for name in sorted(os.listdir(root)):
        path = os.path.join(root, name)
        if name.endswith(COMPRESSED) or not os.path.isfile(path):
            continue
        mtime = os.path.getmtime(path)
        gz, br = path + ".gz", path + ".br"
        if not os.path.exists(gz) or os.path.getmtime(gz) < mtime:
            with open(path, "rb") as src, open(gz, "wb") as dst:
                dst.write(gzip.compress(src.read(), compresslevel=9, mtime=0))
        if not os.path.exists(br) or os.path.getmtime(br) < mtime:
            subprocess.run(["brotli", "-q", "11", "-f", "-o", br, path], check=True)
        rows.append((name, os.path.getsize(path), os.path.getsize(gz), os.path.getsize(br)))
    width = max(len(r[0]) for r in rows)
    print(f"{'file':<{width}}  {'raw':>10}  {'gzip':>10}  {'brotli':>10}")
    for name, raw, g, b in rows:
        print(f"{name:<{width}}  {raw:>10,}  {g:>10,}  {b:>10,}")
    total = [sum(r[i] for r in rows) for i in (1, 2, 3)]
    print(f"{'total':<{width}}  {total[0]:>10,}  {total[1]:>10,}  {total[2]:>10,}")


if __name__ == "__main__":
    main()
