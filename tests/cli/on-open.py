#!/usr/bin/python3
"""on-open.py DIR NAME NTH VICTIM CMD...: runs CMD, and when CMD opens
DIR/NAME for the NTH time, removes DIR/VICTIM before the open goes on.

A deterministic "record deleted during the build": fanotify's permission
events (FAN_OPEN_PERM) hold CMD's open until we answer, so the removal
happens exactly between two steps of the build, with no sleep and no
change to the program. Needs CAP_SYS_ADMIN; exits 77 when fanotify
permission events are not available ("on-open.py --probe DIR" checks).
"""
import ctypes
import os
import select
import struct
import subprocess
import sys

FAN_CLOEXEC = 0x1
FAN_CLASS_CONTENT = 0x4
FAN_MARK_ADD = 0x1
FAN_OPEN_PERM = 0x10000
FAN_EVENT_ON_CHILD = 0x08000000
FAN_ALLOW = 0x1
AT_FDCWD = -100
EVENT = struct.Struct("=IBBHQii")  # struct fanotify_event_metadata


def watch(folder):
    libc = ctypes.CDLL(None, use_errno=True)
    libc.fanotify_mark.argtypes = [ctypes.c_int, ctypes.c_uint,
                                   ctypes.c_uint64, ctypes.c_int,
                                   ctypes.c_char_p]
    fd = libc.fanotify_init(FAN_CLASS_CONTENT | FAN_CLOEXEC, os.O_RDONLY)
    if fd < 0 or libc.fanotify_mark(fd, FAN_MARK_ADD,
                                    FAN_OPEN_PERM | FAN_EVENT_ON_CHILD,
                                    AT_FDCWD, folder.encode()) < 0:
        print("on-open.py: fanotify: " + os.strerror(ctypes.get_errno()),
              file=sys.stderr)
        sys.exit(77)
    return fd


def answer(fan, name, state):
    """Reads the pending events, acting on NAME's NTH open, allowing all."""
    data = os.read(fan, 4096)
    off = 0
    while off + EVENT.size <= len(data):
        length, _, _, _, _, fd, _ = EVENT.unpack_from(data, off)
        if fd >= 0:
            path = os.readlink("/proc/self/fd/%d" % fd)
            if os.path.basename(path) == name:
                state["opens"] += 1
                if state["opens"] == state["nth"]:
                    os.unlink(state["victim"])
            os.write(fan, struct.pack("=iI", fd, FAN_ALLOW))
            os.close(fd)
        off += length


def main():
    if sys.argv[1] == "--probe":
        os.close(watch(sys.argv[2]))
        return 0
    folder, name, nth, victim = sys.argv[1:5]
    fan = watch(folder)
    state = {"opens": 0, "nth": int(nth),
             "victim": os.path.join(folder, victim)}
    child = subprocess.Popen(sys.argv[5:])
    while child.poll() is None:
        ready, _, _ = select.select([fan], [], [], 0.05)
        if ready:
            answer(fan, name, state)
    return child.returncode


sys.exit(main())
