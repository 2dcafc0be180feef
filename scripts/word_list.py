#!/usr/bin/env python3
"""Writes the word list a script's lines are broken with (fetched with its font).

    word_list.py DICTIONARY MAX_LENGTH TRANSLATIONS OUT

DICTIONARY: every word of ICU's dictionary for the script, one per line (scripts/setup.sh).
Kept: the words of at most MAX_LENGTH characters, which keeps the list near 70 KB
brotli, and the longer ones that the app's own messages in that language use
(TRANSLATIONS, shared/i18n/translations/*.inc), so that no heading of ours breaks inside
a word.
"""
import sys

dictionary, max_length, translations, out = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
with open(translations, encoding="utf-8") as f:
    ours = f.read()
with open(dictionary, encoding="utf-8") as f:
    words = f.read().split()
kept = [w for w in words if len(w) <= max_length or w in ours]
with open(out, "w", encoding="utf-8") as f:
    f.write("\n".join(kept) + "\n")
