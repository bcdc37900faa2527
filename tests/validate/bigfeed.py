#!/usr/bin/env python3
"""bigfeed.py atom|rss N > FILE: writes a valid feed of N entries (about
2.7 KB each, with escaped markup and non-ASCII text), for measuring the
validator's time and peak memory on large files. Not run by make check."""
import sys

fmt, n = sys.argv[1], int(sys.argv[2])
out = sys.stdout
body = ("&lt;p&gt;Économie &amp; marchés : la croissance « reste fragile » "
        "selon l’institut — 東京 株価 上昇. &lt;/p&gt;\n") * 24
if fmt == "atom":
    out.write('<?xml version="1.0" encoding="utf-8"?>\n'
              '<feed xmlns="http://www.w3.org/2005/Atom">\n'
              '<title>Big feed</title><id>urn:uuid:0a2b8c1e-5d0f-4b5e-9a6e-1c2d3e4f5a6b</id>\n'
              '<updated>2025-01-01T00:00:00Z</updated>\n'
              '<link rel="self" href="https://example.org/atom.xml"/>\n'
              '<author><name>Desk</name></author>\n')
    for i in range(n):
        out.write('<entry><title>Entry %d &amp; more</title>'
                  '<id>https://example.org/e/%d</id>'
                  '<link href="https://example.org/e/%d"/>'
                  '<updated>2025-01-01T00:00:00Z</updated>'
                  '<content type="html">%s</content></entry>\n' % (i, i, i, body))
    out.write('</feed>\n')
else:
    out.write('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0">\n'
              '<channel><title>Big feed</title><link>https://example.org/</link>'
              '<description>Many items</description>\n')
    for i in range(n):
        out.write('<item><title>Item %d &amp; more</title>'
                  '<link>https://example.org/i/%d</link>'
                  '<guid>https://example.org/i/%d</guid>'
                  '<pubDate>Wed, 01 Jan 2025 00:00:00 GMT</pubDate>'
                  '<description>%s</description></item>\n' % (i, i, i, body))
    out.write('</channel></rss>\n')
