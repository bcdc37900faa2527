#!/usr/bin/python3
"""A static file server for the tests when nginx is not installed:
Python's http.server (which answers If-Modified-Since with 304) with the
feeds' media types, since readers trust the Content-Type charset.
Usage: serve.py DIR PORTFIFO -- binds 127.0.0.1 on a free port and writes
the port number to PORTFIFO (a FIFO the test reads) once it listens, so
the test waits for that announcement instead of polling."""
import functools
import http.server
import os
import sys

TYPES = {
    "atom.xml": "application/atom+xml; charset=utf-8",
    "rss.xml": "application/rss+xml; charset=utf-8",
    "feed.json": "application/feed+json; charset=utf-8",
}


class Handler(http.server.SimpleHTTPRequestHandler):
    def guess_type(self, path):
        name = os.path.basename(path)
        if name in TYPES:
            return TYPES[name]
        if name.endswith(".html"):
            return "text/html; charset=utf-8"
        return super().guess_type(path)

    def log_message(self, *args):
        pass


def main():
    directory, portfifo = sys.argv[1], sys.argv[2]
    handler = functools.partial(Handler, directory=directory)
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    with open(portfifo, "w") as f:
        f.write("%d\n" % httpd.server_address[1])
    httpd.serve_forever()


main()
