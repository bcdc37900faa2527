#!/usr/bin/python3
"""Writes N synthetic article records shaped like the showcase record
(about 2.7 KB of body, escaping-heavy and non-ASCII text) into DIR/articles,
with a feed.conf keeping all N entries. Deterministic: same N, same bytes.

Usage: gen-records.py DIR N"""
import os
import random
import sys

WORDS = ("market trade <policy> & growth \"bond\" yield 'rate' 경제 증시 "
         "Kyiv Seoul inflation outlook analysts said forecast exports "
         "currency ümlaut café résumé government budget").split()


def paragraph(rng, n):
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def main():
    out, n = sys.argv[1], int(sys.argv[2])
    arts = os.path.join(out, "articles")
    os.makedirs(arts, exist_ok=True)
    rng = random.Random(42)
    with open(os.path.join(out, "feed.conf"), "w", encoding="utf-8") as f:
        f.write("title = Bench & <Feed>\nlink = https://bench.example/\n"
                "feed-url = https://bench.example/feeds/\n"
                "id = tag:bench.example,2025:feed\ntimezone = Asia/Seoul\n"
                "entry-link = https://bench.example/news/{slug}\n"
                "max-entries = %d\ntrailer = WEEKLY HOT\n" % n)
    for i in range(n):
        day = 1 + i % 28
        month = 1 + (i // 28) % 12
        year = 2000 + (i // 336) % 25
        body = "\n\n".join(paragraph(rng, 45) for _ in range(8))
        text = ("Record %d: <Markets> & \"quotes\" 'n' 한국어 제목\n\n"
                "Reporter %d\n\nreporter%d@news.example | "
                "%04d-%02d-%02d %02d:%02d:%02d\n\n%s\n\nWEEKLY HOT\njunk\n"
                % (i, i % 50, i % 50, year, month, day, i % 24, i % 60,
                   (i * 7) % 60, body))
        with open(os.path.join(arts, "r%06d.txt" % i), "w",
                  encoding="utf-8") as f:
            f.write(text)


main()
