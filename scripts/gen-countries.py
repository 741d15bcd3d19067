#!/usr/bin/env python3
"""Generate extract/data/countries.tsv from Debian's iso-codes and a hand-written supplement.

Inputs:
  /usr/share/iso-codes/json/iso_3166-1.json   (Debian package "iso-codes")
  extract/data/country_facts.tsv               (iso3, name, aliases, demonyms, capital, region)

Output:
  extract/data/countries.tsv                   (iso3, id, name, aliases, demonyms, capital, region)

The output is sorted by iso3 and fully determined by the inputs.  Every ISO 3166-1 code must
have a supplement row; the supplement may add only the non-ISO codes listed in EXTRA_CODES.

Usage: scripts/gen-countries.py [--iso PATH] [--facts PATH] [--out PATH]
"""

import argparse
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DEFAULT_ISO = "/usr/share/iso-codes/json/iso_3166-1.json"
DEFAULT_FACTS = os.path.join(ROOT, "extract", "data", "country_facts.tsv")
DEFAULT_OUT = os.path.join(ROOT, "extract", "data", "countries.tsv")

# Codes that are not in ISO 3166-1 but are used for countries in the news.
EXTRA_CODES = {"XKX": "Kosovo"}

# Codes whose iso-codes entry lacks a usable common name; the supplement must give one.
NEED_COMMON_NAME = {"PSE": "Palestine", "TWN": "Taiwan", "XKX": "Kosovo"}

REGIONS = {
    "North America", "Central America", "Caribbean", "South America", "Europe",
    "Middle East", "North Africa", "West Africa", "East Africa", "Central Africa",
    "Southern Africa", "Central Asia", "South Asia", "East Asia", "Southeast Asia",
    "Oceania", "Antarctica",
}

FACT_COLUMNS = ["iso3", "name", "aliases", "demonyms", "capital", "region"]
OUT_COLUMNS = ["iso3", "id", "name", "aliases", "demonyms", "capital", "region"]

# Letters that NFKD does not decompose into ASCII plus combining marks.
_TRANSLIT = {
    "ß": "ss", "æ": "ae", "Æ": "ae", "ø": "o", "Ø": "o", "œ": "oe", "Œ": "oe",
    "đ": "d", "Đ": "d", "ł": "l", "Ł": "l", "ı": "i", "þ": "th", "Þ": "th",
    "ð": "d", "Ð": "d", "ħ": "h", "Ħ": "h",
}


def slug(text):
    """Lowercase ASCII slug: accents stripped, apostrophes dropped, other runs of
    non-alphanumerics become one '-'."""
    text = "".join(_TRANSLIT.get(ch, ch) for ch in text).replace("\u2019", "'")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.encode("ascii", "ignore").decode("ascii").lower()
    # As in graph::slugify, an apostrophe joins rather than separates ("Xi'an" -> "xian").
    text = text.replace("'", "")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def fail(msg):
    print("gen-countries: error: " + msg, file=sys.stderr)
    sys.exit(1)


def split_list(field):
    return [x.strip() for x in field.split("|") if x.strip()] if field else []


def strip_the(name):
    return re.sub(r"^[Tt]he\s+", "", name.strip())


def load_iso(path):
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except OSError as e:
        fail("cannot read %s: %s (install the Debian package 'iso-codes')" % (path, e))
    entries = {}
    for e in data.get("3166-1", []):
        entries[e["alpha_3"]] = e
    if not entries:
        fail("%s has no 3166-1 entries" % path)
    return entries


def load_facts(path, iso):
    facts = {}
    try:
        f = open(path, encoding="utf-8")
    except OSError as e:
        fail("cannot read %s: %s" % (path, e))
    with f:
        for lineno, raw in enumerate(f, 1):
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            where = "%s:%d" % (path, lineno)
            if len(cols) != len(FACT_COLUMNS):
                fail("%s: expected %d tab-separated columns, found %d"
                     % (where, len(FACT_COLUMNS), len(cols)))
            row = dict(zip(FACT_COLUMNS, (c.strip() for c in cols)))
            code = row["iso3"]
            if code not in iso and code not in EXTRA_CODES:
                fail("%s: unknown country code %r (not in ISO 3166-1 and not one of %s)"
                     % (where, code, ", ".join(sorted(EXTRA_CODES))))
            if code in facts:
                fail("%s: duplicate row for %s" % (where, code))
            if not row["name"]:
                fail("%s: empty name for %s" % (where, code))
            if row["region"] not in REGIONS:
                fail("%s: unknown region %r for %s" % (where, row["region"], code))
            facts[code] = row
    return facts


def build(iso, facts):
    missing = sorted(set(iso) - set(facts))
    if missing:
        fail("country_facts.tsv has no row for: " + " ".join(missing))
    for code, want in sorted(NEED_COMMON_NAME.items()):
        if code not in facts:
            fail("country_facts.tsv must include %s (%s)" % (code, want))
        if facts[code]["name"] != want:
            fail("%s must have the common name %r, found %r" % (code, want, facts[code]["name"]))

    rows = []
    seen_ids = {}
    for code in sorted(facts):
        row = facts[code]
        name = row["name"]
        aliases = []

        def add(alias):
            alias = strip_the(alias)
            if alias and alias != name and alias not in aliases:
                aliases.append(alias)

        for a in split_list(row["aliases"]):
            add(a)
        entry = iso.get(code, {})
        for key in ("name", "official_name", "common_name"):
            value = entry.get(key, "")
            if value and ", " not in value and "(" not in value:
                add(value)
        cid = slug(name)
        if not cid:
            fail("%s: name %r gives an empty id" % (code, name))
        if cid in seen_ids:
            fail("%s and %s share the id %r" % (seen_ids[cid], code, cid))
        seen_ids[cid] = code
        demonyms = []
        for d in split_list(row["demonyms"]):
            if d not in demonyms:
                demonyms.append(d)
        rows.append([code, cid, name, "|".join(aliases), "|".join(demonyms),
                     row["capital"], row["region"]])
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--iso", default=DEFAULT_ISO)
    ap.add_argument("--facts", default=DEFAULT_FACTS)
    ap.add_argument("--out", default=DEFAULT_OUT)
    args = ap.parse_args()

    iso = load_iso(args.iso)
    facts = load_facts(args.facts, iso)
    rows = build(iso, facts)

    tmp = args.out + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write("# " + "\t".join(OUT_COLUMNS) + "\n")
        f.write("# Generated by scripts/gen-countries.py from iso-codes iso_3166-1.json and "
                "extract/data/country_facts.tsv; do not edit by hand.\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    os.replace(tmp, args.out)
    print("gen-countries: wrote %d countries to %s" % (len(rows), args.out))


if __name__ == "__main__":
    main()
