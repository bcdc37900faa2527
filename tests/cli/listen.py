"""listen.py PORTFIFO LOG: a TCP listener on a free port of 127.0.0.1.
Once it listens, it writes its port number to PORTFIFO (a FIFO the test
reads, so the test waits for this announcement and polls nothing). Then,
one connection at a time, in the order they arrive, it writes one line
to LOG: the first line the client sent (at most 200 bytes, waited for at
most 2 s), or "(nothing)"; only then does it answer "seen" and close.
Tests point URLs at it to prove that nothing was fetched: after the
program under test has exited, the test connects once itself, sends a
marker and waits for "seen"; the marker being the first line of LOG
proves that no connection came before it."""
import socket
import sys

s = socket.socket()
s.bind(("127.0.0.1", 0))
s.listen(16)
with open(sys.argv[1], "w") as fifo:
    fifo.write("%d\n" % s.getsockname()[1])
with open(sys.argv[2], "a") as log:
    while True:
        c, addr = s.accept()
        c.settimeout(2)
        data = b""
        try:
            while b"\n" not in data and len(data) < 200:
                chunk = c.recv(200)
                if not chunk:
                    break
                data += chunk
        except OSError:
            pass
        line = data.split(b"\n")[0].decode("utf-8", "replace").strip()
        log.write((line or "(nothing)") + "\n")
        log.flush()
        try:
            c.sendall(b"seen\n")
        except OSError:
            pass
        c.close()
