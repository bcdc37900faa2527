"""listen.py LOG: a TCP listener on a free port of 127.0.0.1 that writes
its port number to standard output, then one line to LOG for every
connection it is offered, and closes it. Tests point URLs at it to prove
that nothing was fetched."""
import socket
import sys

s = socket.socket()
s.bind(("127.0.0.1", 0))
s.listen(16)
print(s.getsockname()[1], flush=True)
with open(sys.argv[1], "a") as log:
    while True:
        c, addr = s.accept()
        log.write("connection from %s:%d\n" % addr)
        log.flush()
        c.close()
