#!/usr/bin/env python3
"""Writes the site's licences.txt: the project's own licence, then the notice of every
piece of other people's work the site carries (compiled in, or as data), read from the
licence files of the Debian packages it was taken from, so that it always matches what
was built. Run by CMake for the web build:
    licences.py OUT PROJECT_LICENSE CACHE"""
import glob
import sys

out, project_licence, cache = sys.argv[1:4]


def first(pattern):
    found = sorted(glob.glob(pattern))
    if not found:
        sys.exit(f"licences.py: no licence file matches {pattern}")
    return found[0]


# What the site carries, why, and where its licence text is.
PARTS = [
    ("Dear ImGui", "the user interface library, compiled into index.wasm (MIT)",
     f"{cache}/imgui/LICENSE.txt"),
    ("SDL2", "window, input and WebGL start-up, compiled into index.wasm (zlib)",
     first(f"{cache}/src/libsdl2-*/SDL2-*/LICENSE.txt")),
    ("HarfBuzz", "text shaping, compiled into index.wasm (MIT, 'Old MIT')",
     first(f"{cache}/src/harfbuzz-*/harfbuzz-*/COPYING")),
    ("LZ4", "compression of the saved state, compiled into index.wasm (BSD-2-Clause)",
     f"{cache}/lz4/LICENSE"),
    ("cereal", "serialisation of the saved state and files, compiled into index.wasm (BSD-3-Clause)",
     "/usr/share/doc/libcereal-dev/copyright"),
    ("RapidJSON", "JSON reading and writing, compiled into index.wasm (MIT)",
     "/usr/share/doc/rapidjson-dev/copyright"),
    ("stb", "image decoding, resizing and encoding and font rasterising, compiled into index.wasm (MIT or public domain)",
     "/usr/share/doc/libstb-dev/copyright"),
    ("Noto fonts", "the fonts in index.data and fonts/, subset at build time (SIL Open Font License 1.1)",
     "/usr/share/doc/fonts-noto-core/copyright"),
    ("Unicode CLDR and ICU data", "how numbers, money, dates and plurals are written per language, and the Thai, "
     "Lao and Khmer word lists in fonts/, taken from ICU's data at build time (Unicode License)",
     first("/usr/share/icu/*/LICENSE")),
    ("Emscripten", "the compiler's runtime in index.js and index.wasm (C and C++ libraries: MIT and "
     "University of Illinois/NCSA)", "/usr/share/doc/emscripten/copyright"),
]

with open(out, "w", encoding="utf-8") as f:
    f.write("Homeworks: licences and notices\n===============================\n\n")
    f.write("Homeworks itself:\n\n")
    f.write(open(project_licence, encoding="utf-8").read().strip() + "\n")
    f.write("\n\nThe work of others this site carries\n------------------------------------\n")
    for name, what, path in PARTS:
        f.write(f"\n\n=== {name}: {what}\n(from {path})\n\n")
        f.write(open(path, encoding="utf-8", errors="replace").read().strip() + "\n")
