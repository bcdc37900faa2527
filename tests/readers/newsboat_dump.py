#!/usr/bin/python3
"""Prints what newsboat keeps of one feed in its SQLite cache, one
"key: value" per line, newest item first, so a test compares it with an
expected file. Usage: newsboat_dump.py CACHE FEEDURL. Exits 1 if newsboat
holds no such feed (it did not subscribe)."""
import sqlite3
import sys
import time


def main():
    db = sqlite3.connect(sys.argv[1])
    url = sys.argv[2]
    feed = db.execute("SELECT title, url FROM rss_feed WHERE rssurl = ?",
                      (url,)).fetchone()
    if feed is None:
        print("no feed", url)
        return 1
    print("feed.title:", feed[0])
    print("feed.link:", feed[1])
    for title, link, guid, author, date in db.execute(
            "SELECT title, url, guid, author, pubDate FROM rss_item "
            "WHERE feedurl = ? ORDER BY pubDate DESC, guid", (url,)):
        print("--")
        print("title:", title)
        print("link:", link)
        print("guid:", guid)
        print("author:", author)
        print("date: %d %s" % (date, time.strftime("%Y-%m-%dT%H:%M:%SZ",
                                                  time.gmtime(date))))
    return 0


sys.exit(main())
