#!/usr/bin/python3
"""Lists the entries of an Atom or RSS feed, one a line, in a form that
does not depend on how a producer writes them (escaping, CDATA, the zone of
a date): link, instant (seconds since 1970), title, author, address,
summary as text, content as HTML. same-job.sh compares these listings to
show that every producer of make bench does the same job.

Usage: entries.py FILE [--no-summary]   (--no-summary: print - for it)"""
import datetime
import email.utils
import html
import sys
import xml.etree.ElementTree as ET

A = "{http://www.w3.org/2005/Atom}"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"


def text(el):
    return "" if el is None or el.text is None else el.text


def line(*fields):
    print("|".join(f.replace("\n", "\\n") for f in fields))


def main():
    path = sys.argv[1]
    no_summary = "--no-summary" in sys.argv[2:]
    root = ET.parse(path).getroot()
    if root.tag == A + "feed":
        for e in root.findall(A + "entry"):
            when = datetime.datetime.fromisoformat(
                text(e.find(A + "updated")).replace("Z", "+00:00"))
            s = e.find(A + "summary")
            summary = text(s)
            if s is not None and s.get("type") == "html":
                summary = html.unescape(summary)
            line(e.find(A + "link").get("href"), str(int(when.timestamp())),
                 text(e.find(A + "title")),
                 text(e.find(A + "author/" + A + "name")),
                 text(e.find(A + "author/" + A + "email")),
                 "-" if no_summary else summary,
                 text(e.find(A + "content")))
    else:
        for i in root.iter("item"):
            when = email.utils.parsedate_to_datetime(text(i.find("pubDate")))
            addr, _, name = text(i.find("author")).partition(" (")
            content = i.find(CONTENT)
            summary = html.unescape(text(i.find("description")))
            if content is None:
                content, summary = i.find("description"), "-"
            line(text(i.find("link")), str(int(when.timestamp())),
                 text(i.find("title")), name.rstrip(")"), addr,
                 "-" if no_summary else summary, text(content))


main()
