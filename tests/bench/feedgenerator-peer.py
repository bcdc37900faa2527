#!/usr/bin/python3
"""The peer: Debian's python3-feedgenerator building Atom + RSS with all
records of a bench folder, reading one file per record as feedwright does.
Usage: feedgenerator-peer.py DIR OUTDIR"""
import datetime
import os
import sys
import zoneinfo

import feedgenerator

src, out = sys.argv[1], sys.argv[2]
tz = zoneinfo.ZoneInfo("Asia/Seoul")
os.makedirs(out, exist_ok=True)
kw = dict(title="Bench & <Feed>", link="https://bench.example/",
          description="bench", feed_url="https://bench.example/feeds/")
atom = feedgenerator.Atom1Feed(**kw)
rss = feedgenerator.Rss201rev2Feed(**kw)
arts = os.path.join(src, "articles")
for name in sorted(os.listdir(arts)):
    with open(os.path.join(arts, name), encoding="utf-8") as f:
        text = f.read().split("\nWEEKLY HOT\n")[0]
    parts = [p for p in text.split("\n\n") if p.strip()]
    title, author, byline, body = parts[0], parts[1], parts[2], parts[3:]
    email, when = [s.strip() for s in byline.split("|")]
    dt = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)
    html = "\n".join("<p>%s</p>" % p.replace("&", "&amp;").replace("<", "&lt;")
                     for p in body)
    link = "https://bench.example/news/" + name[:-4]
    for feed in (atom, rss):
        feed.add_item(title=title, link=link, description=html,
                      author_name=author, author_email=email, pubdate=dt,
                      unique_id=link)
with open(os.path.join(out, "atom.xml"), "w", encoding="utf-8") as f:
    atom.write(f, "utf-8")
with open(os.path.join(out, "rss.xml"), "w", encoding="utf-8") as f:
    rss.write(f, "utf-8")
