#!/usr/bin/env python3
# t0891-property.py SEED CASES FEEDWRIGHT WORKDIR: a property test of the
# whole build (issue 9, item 2). Each case is a small feed with one value
# in feed.conf, or some values in one record, drawn at random (from SEED:
# the same cases every run) from plausible and odd values. The build must
# either refuse it, exit 1, naming first that feed.conf line or a line of
# that record, with nothing published, or publish
# feeds that "feedwright validate --strict" accepts. Prints one line per
# case that breaks this and exits 1 if any did.

import os
import random
import shutil
import subprocess
import sys

SEED, CASES, FEEDWRIGHT, WORK = (int(sys.argv[1]), int(sys.argv[2]),
                                 sys.argv[3], sys.argv[4])

BASE_CONF = [
    "title = Property Times",
    "link = https://www.example.com/",
    "feed-url = https://www.example.com/feeds/",
    "id = tag:example.com,2025:feed",
    "language = en",
    "timezone = Asia/Seoul",
    "author = Property Times",
    "entry-link = https://www.example.com/news/{slug}",
    "entry-id = tag:example.com,2025:news/{slug}",
    "output = public",
]

ZONES = ["America/New_York", "Europe/London", "Australia/Lord_Howe",
         "Pacific/Chatham", "Asia/Kolkata", "UTC", "America/Sao_Paulo",
         "Europe/Dublin", "Pacific/Kiritimati", "America/St_Johns"]

ODD = ["\u200b", "\u00e9", "e\u0301", "\ud55c\uad6d\uc5b4", "\U0001f600",
       "\u202e", "\ufeff", "\u00a0", "\u2028", "\ufffd", "\x7f", "\x01",
       "\u0627\u0644\u0639\u0631\u0628\u064a\u0629", "\U000e0001",
       "\ufdd0", "\uffff"]
MARKUP = ["<b>", "</p>", "&amp;", "&", "<![CDATA[", "]]>", "<script>x</script>",
          "&#0;", "&#x1F600;", "\"", "'", "<", ">", "{slug}", "%",
          "<!--", "-->", "\\"]


def pick(r, xs):
    return xs[r.randrange(len(xs))]


def text(r, n=None):
    n = n if n is not None else r.randrange(1, 6)
    words = []
    for _ in range(n):
        k = r.random()
        if k < 0.5:
            words.append(pick(r, ["Kim", "troops", "news", "A", "x", "42"]))
        elif k < 0.75:
            words.append(pick(r, MARKUP))
        else:
            words.append(pick(r, ODD))
    return " ".join(words)


def language(r):
    return pick(r, ["en", "ko-KR", "x-klingon", "i-klingon", "zh-min-nan",
                    "sr-Latn-RS", "es-419", "de-CH-1901", "en-GB-oed",
                    "EN-us", "en-a", "en-US-US", "English", "abcd", "e",
                    "en_US", "en-", "x", "en-x-" + "a" * 9, "zh-Hant-TW",
                    "de-DE-u-co-phonebk", "ar-aao", "en-" + pick(r, ODD),
                    "qaa", "en-Latn-US-x-twain"])


def local_part(r):
    return pick(r, ["kim", "a.b+c", "\"quoted local\"", "\"a\\\"b\"",
                    "\"a@b\"", "\"\"", "!#$%&'*+-/=?^_`{|}~", "a..b",
                    ".a", "a.", "x" * 64, "x" * 65, "\"a b\"", "k\u00e9",
                    "\"<b>\"", "a&b", "\"a\\\\b\""])


def email(r):
    return local_part(r) + "@" + pick(r, [
        "example.com", "[192.0.2.1]", "localhost", "-b", "b-", "a..b",
        "[IPv6:2001:db8::1]", "x", "EXAMPLE.COM", "\ud55c\uad6d.kr",
        "[ 1.2.3.4 ]", "x" * 250 + ".com"])


def link(r):
    return pick(r, ["https://www.example.com/", "http://example.com/a?b=c&d=e",
                    "https://example.com/%41", "https://example.com/%4",
                    "https://example.com/a b", "https://\u00e9xample.com/",
                    "https://example.com/\u00e9", "javascript:alert(1)",
                    "ftp://example.com/", "https://", "https:///x",
                    "https://[::1]/", "https://example.com/#a#b",
                    "mailto:a@example.com", "//example.com/",
                    "https://example.com/<x>", "https://example.com/\"",
                    "HTTPS://EXAMPLE.COM/", "https://example.com:8080/x",
                    "https://user@example.com/", "https://example.com/{}"])


def ident(r):
    return pick(r, ["tag:example.com,2025:x", "tag:example.com,2025-13:x",
                    "tag:a@example.com,2025:x", "tag:example.com:x",
                    "urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66",
                    "urn:uuid:6e8bc430", "urn:isbn:0451450523", "urn:x",
                    "https://example.com/id", "x", "urn::x",
                    "tag:example.com,2025:\u00e9", "data:,x",
                    "tag:example.com,2025:a b", "urn:uuid:{slug}"])


def stamp(r):
    return pick(r, [
        "2025-03-09 02:30:00", "2025-03-09 01:59:59", "2025-03-09 03:00:00",
        "2025-11-02 01:30:00", "2025-03-30 01:30:00", "2025-10-26 01:30:00",
        "2025-04-06 02:00:00", "2025-04-06 02:30:00", "2025-09-28 02:15:00",
        "0001-01-01 00:00:00", "0001-01-01 08:59:59", "9999-12-31 23:59:59",
        "0000-12-31 23:59:59", "10000-01-01 00:00:00", "2024-02-29 12:00:00",
        "2025-02-29 12:00:00", "2025-12-31 23:59:60", "1970-01-01 00:00:00",
        "1969-12-31 23:59:59", "2038-01-19 03:14:08", "2025-1-1 00:00:00",
        "2025-06-15 24:00:00", "1883-11-18 12:00:00", "2025-01-01T00:00:00",
    ])


def enclosure(r):
    return "%s %s %s" % (
        pick(r, ["https://media.example.com/a.mp3", "ftp://x/a",
                 "https://media.example.com/\u00e9.mp3"]),
        pick(r, ["audio/mpeg", "audio/ogg;codecs=\"opus\"", "audio/mpeg;",
                 "audio/", "mp3", "video/mp4;a=b;c=d", "audio/mp(3)",
                 "application/rss+xml", "a/b;c=\"\u00e9\""]),
        pick(r, ["0", "1234", "-1", "999999999999999999",
                 "1000000000000000000", "12k"]))


# Settings a case may change, and how their values are drawn.
SETTINGS = {
    "language": language,
    "author-email": email,
    "managing-editor": lambda r: email(r) + pick(r, [" (Kim)", "", " (<b>)"]),
    "link": link,
    "feed-url": link,
    "id": ident,
    "entry-link": lambda r: link(r) + pick(r, ["{slug}", "", "x/{slug}"]),
    "entry-id": lambda r: ident(r) + pick(r, ["/{slug}", "", "{slug}"]),
    "title": text,
    "subtitle": text,
    "author": text,
    "timezone": lambda r: pick(r, ZONES + ["Mars/Olympus", "../etc",
                                           "localtime", "EST5EDT"]),
    "category": text,
    "web-master": lambda r: email(r) + pick(r, [" (Kim)", "  (x)", " ()"]),
    "max-entries": lambda r: pick(r, ["0", "1", "-1", "99999999999999999999",
                                      " 5", "5x", "50"]),
}

# Record fields a case may set (between the "---" lines).
FIELDS = {
    "Link": link,
    "Id": ident,
    "Category": text,
    "Summary": text,
    "Image": lambda r: link(r) + pick(r, ["", " " + text(r)]),
    "Enclosure": enclosure,
    "Updated": stamp,
    "Title": text,
    "Category ": text,
}


def write_record(path, fields, title, name, addr, when, body):
    lines = []
    if fields:
        lines += ["---"] + fields + ["---"]
    lines += [title, "", name, "", "%s | %s" % (addr, when), "", body]
    with open(path, "w", encoding="utf-8", errors="surrogatepass") as f:
        f.write("\n".join(lines) + "\n")


def run_case(r, k, dirpath):
    os.makedirs(os.path.join(dirpath, "articles"))
    conf = list(BASE_CONF)
    zone = pick(r, ZONES)
    conf[5] = "timezone = " + zone
    want_file = None
    want_line = None
    what = None
    good_rec = ("Kim", "kim@example.com", "2025-01-02 03:04:05")
    if r.random() < 0.4:
        key = pick(r, sorted(SETTINGS))
        val = SETTINGS[key](r)
        conf = [c for c in conf if not c.startswith(key + " =")]
        conf.append("%s = %s" % (key, val))
        want_file = os.path.join(dirpath, "feed.conf")
        want_line = len(conf)
        what = "feed.conf %s = %r" % (key, val)
        write_record(os.path.join(dirpath, "articles", "a.txt"), [],
                     "Title", good_rec[0], good_rec[1], good_rec[2], "Body.")
    else:
        nf = r.randrange(0, 3)
        fields = []
        used = set()
        for _ in range(nf):
            key = pick(r, sorted(FIELDS))
            if key in used:
                continue
            used.add(key)
            fields.append("%s: %s" % (key, FIELDS[key](r)))
        part = r.randrange(5)
        title, name, addr, when, body = ("Title", good_rec[0], good_rec[1],
                                         good_rec[2], "Body.")
        base = len(fields) + 2 if fields else 0
        if part == 0:
            title = text(r)
            line = base + 1
        elif part == 1:
            name = text(r)
            line = base + 3
        elif part == 2:
            addr = email(r)
            line = base + 5
        elif part == 3:
            when = stamp(r)
            line = base + 5
        else:
            body = text(r, 12)
            line = base + 7
        want_file = os.path.join(dirpath, "articles", "b.txt")
        # Any line of this record: what a value means can depend on its
        # neighbours (a title that is only a byte order mark is no title,
        # so the lines after it are read one part early).
        want_line = set(range(1, base + 8))
        what = "record fields %r title %r name %r addr %r when %r body %r" % (
            fields, title, name, addr, when, body)
        write_record(want_file, fields, title, name, addr, when, body)
        write_record(os.path.join(dirpath, "articles", "a.txt"), [],
                     "Other", good_rec[0], good_rec[1], good_rec[2], "Body.")
    with open(os.path.join(dirpath, "feed.conf"), "w", encoding="utf-8",
              errors="surrogatepass") as f:
        f.write("\n".join(conf) + "\n")
    if isinstance(want_line, int):
        want_line = {want_line}
    want = [(want_file, line) for line in want_line]
    if what.startswith("feed.conf entry-"):
        # A template filled with a record's name is that record's id or
        # link: blamed at the record's line 1, naming the setting.
        want.append((os.path.join(dirpath, "articles", "a.txt"), 1))

    p = subprocess.run([FEEDWRIGHT, "build", dirpath], capture_output=True)
    err = p.stderr.decode("utf-8", "replace")
    if p.returncode == 0:
        for out in ("atom.xml", "rss.xml"):
            f = os.path.join(dirpath, "public", out)
            v = subprocess.run([FEEDWRIGHT, "validate", "--strict", f],
                               capture_output=True)
            if v.returncode != 0:
                return "%s: published %s, which validate refuses:\n%s" % (
                    what, out, v.stdout.decode("utf-8", "replace"))
        COUNT[0] += 1
        return None
    if p.returncode != 1:
        return "%s: build exit %d: %s" % (what, p.returncode, err)
    first = err.split("\n")[0]
    for wf, line in want:
        if first.startswith("feedwright: %s:%d: " % (wf, line)):
            if "/public/" in err:
                return "%s: blames a generated file: %s" % (what, err)
            if os.path.exists(os.path.join(dirpath, "public")):
                return "%s: refused but published" % what
            COUNT[1] += 1
            return None
    return "%s: refused, but not at %s:%s: %s" % (
        what, want_file, sorted(want_line), err)


COUNT = [0, 0]


def main():
    r = random.Random(SEED)
    bad = 0
    for k in range(CASES):
        d = os.path.join(WORK, "case%d" % k)
        shutil.rmtree(d, ignore_errors=True)
        msg = run_case(r, k, d)
        if msg is not None:
            bad += 1
            print("seed %d case %d: %s" % (SEED, k, msg))
        else:
            shutil.rmtree(d)
    print("# seed %d: %d cases, %d published and valid, %d refused at "
          "their line, %d wrong" % (SEED, CASES, COUNT[0], COUNT[1], bad))
    return 1 if bad else 0


sys.exit(main())
