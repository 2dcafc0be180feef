#!/usr/bin/env python3
"""Serves the built site on loopback like a static host should: right MIME types,
precompressed brotli/gzip files when the browser accepts them, and cache headers.

    serve.py [--port 8080] [--dir build/web/site]
"""
import argparse
import http.server
import os
import socketserver
import sys

TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".wasm": "application/wasm",
    ".data": "application/octet-stream",
    ".json": "application/json; charset=utf-8",
    ".webmanifest": "application/manifest+json",
    ".png": "image/png",
    ".svg": "image/svg+xml",
    ".ttf": "font/ttf",
    ".csv": "text/csv; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
}


class Handler(http.server.SimpleHTTPRequestHandler):
    # HTTP/1.1: browsers revalidate with the ETag only what an HTTP/1.1 server sent
    # (Chromium ignores an HTTP/1.0 response's ETag and downloads the file again).
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):
        if os.environ.get("HOMEWORKS_SERVE_LOG"):
            super().log_message(fmt, *args)

    def do_GET(self):
        self.serve(head_only=False)

    def do_HEAD(self):
        self.serve(head_only=True)

    def serve(self, head_only):
        path = self.translate_path(self.path.split("?", 1)[0])
        if os.path.isdir(path):
            path = os.path.join(path, "index.html")
        if not os.path.isfile(path):
            self.send_error(404, "Not found")
            return
        accepted = self.headers.get("Accept-Encoding", "")
        body_path, encoding = path, None
        for enc, ext in (("br", ".br"), ("gzip", ".gz")):
            if enc in accepted and os.path.isfile(path + ext):
                body_path, encoding = path + ext, enc
                break
        ext = os.path.splitext(path)[1]
        stat = os.stat(body_path)
        size = stat.st_size
        # Lets the browser (and the service worker's install) revalidate instead of
        # downloading an unchanged file again.
        etag = f'"{stat.st_mtime_ns:x}-{size:x}-{encoding or "identity"}"'
        if etag in self.headers.get("If-None-Match", ""):
            self.send_response(304)
            self.send_header("ETag", etag)
            self.send_header("Cache-Control", "no-cache")
            self.send_header("Vary", "Accept-Encoding")
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("ETag", etag)
        self.send_header("Content-Type", TYPES.get(ext, "application/octet-stream"))
        self.send_header("Content-Length", str(size))
        self.send_header("Vary", "Accept-Encoding")
        # Always revalidated (cheap with the ETag) so a new version is seen at once;
        # offline, the service worker answers instead.
        self.send_header("Cache-Control", "no-cache")
        if encoding:
            self.send_header("Content-Encoding", encoding)
        self.end_headers()
        if not head_only:
            with open(body_path, "rb") as f:
                try:
                    self.wfile.write(f.read())
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the browser went away (a page closed mid-download): nothing to do


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", 8080)))
    parser.add_argument("--dir", default=os.path.join(os.path.dirname(__file__), "..", "build", "web", "site"))
    args = parser.parse_args()
    root = os.path.abspath(args.dir)
    if not os.path.isfile(os.path.join(root, "index.html")):
        sys.exit(f"no built site in {root}: build it first (scripts/run.sh)")
    handler = lambda *a, **k: Handler(*a, directory=root, **k)
    socketserver.ThreadingTCPServer.allow_reuse_address = True
    with http.server.ThreadingHTTPServer(("127.0.0.1", args.port), handler) as server:
        port = server.server_address[1]  # the real one when --port 0 asked for any
        print(f"Homeworks is served on http://127.0.0.1:{port}/ (Ctrl+C stops)", flush=True)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
