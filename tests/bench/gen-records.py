#!/usr/bin/python3
"""Writes N synthetic article records shaped like the seed record (title,
author, "email | date" line, about 2.7 KB of body in paragraphs, then the
"WEEKLY HOT" page furniture) into DIR/articles, and DIR/feed.conf keeping
all N entries in Atom and RSS only (json = no, page = no), as the peers do.

The records vary what a feed generator has to handle: 400 authors (Korean,
Cyrillic, Arabic, accented Latin names, and names holding & " ' < >),
addresses on several domains, dates over 30 years in a zone with daylight
saving time (so entries carry different UTC offsets), and titles and bodies
heavy with & < > " ' and non-ASCII text. The hours 01 and 02 are never
used: no time falls in a gap or a repeated hour of the zone, so every peer
reads each time the same way.

Deterministic: the same N and zone give the same bytes.

Usage: gen-records.py DIR N [ZONE]   (ZONE: default America/New_York)"""
import os
import random
import sys

FIRST = ("Minji Jisoo Seo-yeon Hyun-woo José Zoë Åsa François Chloé Björn "
         "Ana Dmitri Olga Ahmed Fatima Priya Kenji Aiko Liam Noor Mateus "
         "Siobhán Łukasz Ngozi Tomás 민지 지수 서연 Дмитрий Ольга محمد فاطمة "
         "O'Neil Anne").split()
LAST = ("Kim Lee Park Choi Ñúñez Ødegård Müller Dubois Brontë Øster "
        "Иванов Петрова العلي Sharma Tanaka Sato O'Brien Silva Walęsa "
        "Okafor Ó_Súilleabháin 김 이 박 D'Amico Smith").split()
DESKS = ("Economy & Markets Desk", "Seoul <Bureau>", "The \"Daily\" Wire",
         "Reporters' Pool", "경제부 기자", "Rédaction Économie")
DOMAINS = ("news.example", "newsroom.example.org", "mail.example.co.kr",
           "press.example.net", "wire.example.com")
WORDS = ("market trade <policy> & growth \"bond\" yield 'rate' 경제 증시 "
         "Kyiv Seoul inflation outlook analysts said forecast exports "
         "currency ümlaut café résumé government budget <b>bold</b> "
         "a<b R&D AT&T \"quoted\" it's 5>3 Москва рынок 東京 株価 "
         "naïve façade € £ ¥ — … “smart” ‘quotes’ 📈 tariffs bank").split()
TITLE_WORDS = ("Markets <Rally> & \"Bonds\" 'Slide' 한국어 제목 증시 Won Yen "
               "Euro Dow KOSPI Nikkei R&D AT&T 5<6 Ökonomie Экономика "
               "café outlook jobs rates").split()
ZONE = "America/New_York"
# Hours that are never in a daylight-saving gap or repeated hour.
HOURS = [0] + list(range(3, 24))


def authors(rng):
    # 400 authors: name, address.
    out = []
    for i in range(400):
        if i % 20 == 0:
            name = rng.choice(DESKS)
        else:
            name = "%s %s" % (rng.choice(FIRST), rng.choice(LAST))
            name = name.replace("_", " ")
        local = ("reporter%d" % i, "desk.%d" % i, "r-%d+econ" % i)[i % 3]
        out.append((name, "%s@%s" % (local, DOMAINS[i % len(DOMAINS)])))
    return out


def paragraph(rng, n):
    return " ".join(rng.choices(WORDS, k=n)).capitalize() + "."


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit("usage: gen-records.py DIR N [ZONE]")
    out, n = sys.argv[1], int(sys.argv[2])
    zone = sys.argv[3] if len(sys.argv) == 4 else ZONE
    arts = os.path.join(out, "articles")
    os.makedirs(arts, exist_ok=True)
    rng = random.Random(42)
    people = authors(rng)
    with open(os.path.join(out, "feed.conf"), "w", encoding="utf-8") as f:
        f.write("title = Bench & <Feed> — 경제 \"news\"\n"
            "subtitle = Generated records for make bench\n"
            "link = https://bench.example/\n"
            "feed-url = https://bench.example/feeds/\n"
            "id = tag:bench.example,2025:feed\n"
            "language = en\n"
            "timezone = %s\n"
            "author = Bench Desk\n"
            "entry-link = https://bench.example/news/{slug}\n"
            "max-entries = %d\n"
            "json = no\npage = no\n"
            "trailer = WEEKLY HOT\n" % (zone, n))
    for i in range(n):
        name, email = people[rng.randrange(len(people))]
        # Any day of 1995 to 2024; 28 days a month keeps every date valid.
        year = rng.randrange(1995, 2025)
        month = rng.randrange(1, 13)
        day = rng.randrange(1, 29)
        when = "%04d-%02d-%02d %02d:%02d:%02d" % (
            year, month, day, rng.choice(HOURS), rng.randrange(60),
            rng.randrange(60))
        title = "%d: %s" % (i, " ".join(rng.choices(TITLE_WORDS,
            k=rng.randrange(4, 12))))
        body = "\n\n".join(paragraph(rng, rng.randrange(30, 60))
            for _ in range(rng.randrange(6, 11)))
        text = ("%s\n\n%s\n\n%s | %s\n\n%s\n\nWEEKLY HOT\n"
            "Most read: junk & <more junk>\n" %
            (title, name, email, when, body))
        slug = "%06d_%016x" % (i, rng.getrandbits(64))
        with open(os.path.join(arts, slug + ".txt"), "w",
            encoding="utf-8") as f:
            f.write(text)


main()
