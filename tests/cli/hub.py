"""hub.py PORTFIFO LOG MODE: a WebSub hub stand-in on a free port of
127.0.0.1. Once its socket is ready it writes its port number to PORTFIFO
(a FIFO the test reads, so nothing polls). Every request it reads is
appended to LOG as one JSON object per line: method, path, headers (in
the order sent) and body. MODE says how it answers:
  ok       202 Accepted, as a hub that takes the notification
  500      500 Internal Server Error
  silent   nothing: the request is logged and the connection held open
  refuse   no listening at all: the port is bound but connections to it
           are refused, and nothing is logged
  switch:FILE  what FILE holds when the request comes: "ok" as ok, the
           status to answer (500, ...), or silent, hold:FIFO, endless:
           or stall: as below, so that one hub, at one URL, can fail and
           then take a notification
  hold:FIFO  like silent, but once the request is read, writes "held" to
           FIFO, so that the test knows the build is waiting on the hub
  endless:STATUS  STATUS and its headers at once, then a body that never
           ends (64 KiB at a time, as fast as it is read)
  stall:STATUS    STATUS and its headers at once, announcing a body of
           1000 bytes, then nothing: the connection is held open
It runs until it is killed."""
import http.server
import json
import socket
import sys
import threading

fifo, log_path, mode = sys.argv[1], sys.argv[2], sys.argv[3]
lock = threading.Lock()


class Hub(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_POST(self):
        n = int(self.headers.get("Content-Length", "0"))
        body = self.rfile.read(n).decode("utf-8", "replace")
        with lock, open(log_path, "a") as log:
            log.write(json.dumps({
                "method": self.command,
                "path": self.path,
                "headers": [[k, v] for k, v in self.headers.items()],
                "body": body,
            }) + "\n")
        answer = mode
        if mode.startswith("switch:"):
            with open(mode[len("switch:"):]) as f:
                answer = f.read().strip()
        if answer == "silent":
            threading.Event().wait()
        if answer.startswith("hold:"):
            with open(answer[len("hold:"):], "w") as f:
                f.write("held\n")
            threading.Event().wait()
        if answer.startswith("endless:") or answer.startswith("stall:"):
            kind, status = answer.split(":")
            self.send_response(int(status))
            if kind == "stall":
                self.send_header("Content-Length", "1000")
            self.end_headers()
            self.wfile.flush()
            try:
                while kind == "endless":
                    self.wfile.write(b"x" * 65536)
                    self.wfile.flush()
            except OSError:
                return
            threading.Event().wait()
        status = 202 if answer == "ok" else int(answer)
        self.send_response(status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_GET = do_POST
    do_PUT = do_POST

    def log_message(self, *args):
        pass


if mode == "refuse":
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    with open(fifo, "w") as f:
        f.write("%d\n" % s.getsockname()[1])
    threading.Event().wait()
else:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Hub)
    httpd.daemon_threads = True
    with open(fifo, "w") as f:
        f.write("%d\n" % httpd.server_address[1])
    httpd.serve_forever()
