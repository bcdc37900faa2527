#!/usr/bin/python3
"""A peer of make bench: Debian's python3-feedgenerator building Atom + RSS
with every record of a bench feed folder (made by gen-records.py), reading
one file per record as feedwright does, newest first. Each entry gets the
title, link, id, author and address, the date in the feed's zone, the
first paragraph as summary and the body as HTML paragraphs (Atom content;
feedgenerator's RSS has no content:encoded, so the RSS description is the
body). It checks nothing.

Usage: feedgenerator-peer.py FEEDDIR OUTDIR"""
import datetime
import html
import os
import sys
import zoneinfo

import feedgenerator


def settings(path):
    conf = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if "=" in line and not line.lstrip().startswith("#"):
                key, value = line.split("=", 1)
                conf[key.strip()] = value.strip()
    return conf


def main():
    src, out = sys.argv[1], sys.argv[2]
    conf = settings(os.path.join(src, "feed.conf"))
    tz = zoneinfo.ZoneInfo(conf["timezone"])
    trailer = "\n%s\n" % conf["trailer"]
    os.makedirs(out, exist_ok=True)
    kw = dict(title=conf["title"], link=conf["link"],
              description=conf.get("subtitle", conf["title"]),
              language=conf.get("language"), author_name=conf.get("author"))
    atom = feedgenerator.Atom1Feed(feed_url=conf["feed-url"] + "atom.xml",
                                   **kw)
    rss = feedgenerator.Rss201rev2Feed(feed_url=conf["feed-url"] + "rss.xml",
                                       **kw)
    arts = os.path.join(src, conf.get("articles", "articles"))
    items = []
    for name in os.listdir(arts):
        if name.startswith(".") or not name.endswith(".txt"):
            continue
        with open(os.path.join(arts, name), encoding="utf-8") as f:
            text = f.read().split(trailer)[0]
        parts = [p.strip() for p in text.split("\n\n") if p.strip()]
        title, author, byline, body = parts[0], parts[1], parts[2], parts[3:]
        email, when = [s.strip() for s in byline.split("|")]
        dt = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M:%S").replace(
            tzinfo=tz)
        items.append((dt, name[:-4], title, author, email, body))
    # Newest first, as feedwright writes them (name order among equals).
    items.sort(key=lambda it: it[1])
    items.sort(key=lambda it: it[0], reverse=True)
    for dt, slug, title, author, email, body in items:
        content = "\n".join("<p>%s</p>" % html.escape(p, quote=False)
                            for p in body)
        link = conf["entry-link"].replace("{slug}", slug)
        common = dict(title=title, link=link, author_name=author,
                      author_email=email, pubdate=dt, unique_id=link)
        atom.add_item(description=html.escape(body[0], quote=False),
                      content=content, **common)
        rss.add_item(description=content, **common)
    with open(os.path.join(out, "atom.xml"), "w", encoding="utf-8") as f:
        atom.write(f, "utf-8")
    with open(os.path.join(out, "rss.xml"), "w", encoding="utf-8") as f:
        rss.write(f, "utf-8")


main()
