#!/usr/bin/python3
"""nginx-on-socket.py PORTFIFO LISTENCONF NGINX ARGS...: listens on a free
port of 127.0.0.1, writes "listen 127.0.0.1:PORT;" to LISTENCONF (which
nginx's configuration includes), writes the port to PORTFIFO, and becomes
nginx, handing it the listening socket the way nginx hands its sockets
to its own new binary on an upgrade (the NGINX environment variable).
The socket listens before anyone learns its port: a client never races
the server's start, its connection waits in the socket's queue until
nginx accepts it. No port is picked, released and hoped to stay free."""
import os
import socket
import sys

portfifo, listenconf = sys.argv[1], sys.argv[2]
s = socket.socket()
s.bind(("127.0.0.1", 0))
s.listen(128)
port = s.getsockname()[1]
with open(listenconf, "w") as f:
    f.write("listen 127.0.0.1:%d;\n" % port)
os.set_inheritable(s.fileno(), True)
os.environ["NGINX"] = "%d;" % s.fileno()
with open(portfifo, "w") as f:
    f.write("%d\n" % port)
os.execvp(sys.argv[3], sys.argv[3:])
