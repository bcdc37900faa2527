#!/usr/bin/python3
"""Reads a feed with Debian's python3-feedparser and prints what a reader
sees, one "key: value" per line, so tests compare it with an expected file.
Exits 1 if feedparser flags the feed as malformed (bozo)."""
import calendar
import html
import sys

import feedparser


def instant(t):
    """feedparser's parsed time (UTC struct_time) as seconds and ISO text."""
    if t is None:
        return "-"
    s = calendar.timegm(t)
    return "%d %04d-%02d-%02dT%02d:%02d:%02dZ" % ((s,) + tuple(t[:6]))


def shown(d, key):
    """The text a reader shows for d[key]. Text that reads as markup is
    published as type="html" escaped twice; HTML that holds no tag is,
    once a reader renders it, exactly its unescaped text."""
    v = d.get(key)
    detail = d.get(key + "_detail") or {}
    if v is not None and detail.get("type") == "text/html" and "<" not in v:
        return html.unescape(v)
    return v


def main():
    d = feedparser.parse(sys.argv[1])
    if d.bozo:
        print("bozo: %r" % (d.bozo_exception,))
        return 1
    f = d.feed
    print("version:", d.version)
    print("feed.title:", shown(f, "title"))
    print("feed.link:", f.get("link"))
    print("feed.id:", f.get("id"))
    print("feed.subtitle:", shown(f, "subtitle"))
    print("feed.language:", f.get("language"))
    print("feed.updated:", instant(f.get("updated_parsed")))
    print("feed.self:", " ".join(l.href for l in f.get("links", []) if l.get("rel") == "self"))
    for e in d.entries:
        print("--")
        print("title:", shown(e, "title"))
        print("link:", e.get("link"))
        print("id:", e.get("id"))
        print("author:", e.get("author_detail", {}).get("name"))
        print("email:", e.get("author_detail", {}).get("email"))
        print("published:", instant(e.get("published_parsed")))
        print("updated:", instant(e.get("updated_parsed")))
        print("summary:", shown(e, "summary"))
        for c in e.get("content", []):
            print("content[%s]:" % c.type, c.value)
        print("tags:", "|".join(t.term for t in e.get("tags", [])))
    return 0


sys.exit(main())
