#!/usr/bin/python3
"""browse.py URL WIDTH HEIGHT SCREENSHOT TEXT... -- CHROMIUM ARGS...

Loads URL in headless Chromium with a viewport WIDTH x HEIGHT CSS pixels
(a phone's, with touch and the viewport meta tag honoured, when WIDTH is
under 600), through the DevTools protocol over --remote-debugging-pipe
(JSON messages ending in NUL on file descriptors 3 and 4: no extra
package, no port). Saves a PNG of the viewport to SCREENSHOT and prints
what the browser measured after the load event:

    scrollWidth N      document.documentElement.scrollWidth
    innerWidth N       the layout viewport's width
    visible: TEXT      for each TEXT drawn inside the viewport's width
    not visible (WHY): TEXT   otherwise

TEXT is visible when a text node holds it, its box has a size and lies
within 0..innerWidth, and its element is not hidden (visibility, opacity).
The page is only read: nothing is injected into it."""
import base64
import fcntl
import json
import os
import signal
import subprocess
import sys

PROBE = r"""
(needles => {
  const where = s => {
    const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n; (n = w.nextNode()); ) {
      const i = n.data.indexOf(s);
      if (i < 0) continue;
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + s.length);
      const b = r.getBoundingClientRect();
      const st = getComputedStyle(n.parentElement);
      if (b.width <= 0 || b.height <= 0) return "no size";
      if (b.left < 0 || b.right > window.innerWidth + 0.5)
        return "drawn from " + b.left + " to " + b.right + " px";
      if (st.visibility !== "visible") return "visibility " + st.visibility;
      if (Number(st.opacity) === 0) return "opacity 0";
      if (!document.body.innerText.includes(s)) return "not in innerText";
      return "";
    }
    return "not in the page";
  };
  return {
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
    needles: needles.map(s => [s, where(s)]),
  };
})
"""


def main():
    sep = sys.argv.index("--")
    url, width, height, shot = sys.argv[1:5]
    needles = sys.argv[5:sep]
    chrome = sys.argv[sep + 1:]
    width, height = int(width), int(height)
    def too_slow(signum, frame):
        sys.exit("browse.py: chromium did not finish within 60 s")

    signal.signal(signal.SIGALRM, too_slow)
    signal.alarm(60)

    to_chrome_r, to_chrome_w = os.pipe()
    from_chrome_r, from_chrome_w = os.pipe()
    # Above 4, so that moving them to 3 and 4 clobbers neither.
    child_r = fcntl.fcntl(to_chrome_r, fcntl.F_DUPFD_CLOEXEC, 10)
    child_w = fcntl.fcntl(from_chrome_w, fcntl.F_DUPFD_CLOEXEC, 10)
    os.close(to_chrome_r)
    os.close(from_chrome_w)

    def fds():
        os.dup2(child_r, 3)
        os.dup2(child_w, 4)

    proc = subprocess.Popen(chrome + ["--remote-debugging-pipe", "about:blank"],
                            preexec_fn=fds, close_fds=False,
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
    os.close(child_r)
    os.close(child_w)
    out = os.fdopen(to_chrome_w, "wb", buffering=0)
    inp = os.fdopen(from_chrome_r, "rb", buffering=0)
    buf = b""
    events = []
    next_id = [0]

    def read_message():
        nonlocal buf
        while b"\0" not in buf:
            chunk = inp.read(65536)
            if not chunk:
                sys.exit("browse.py: chromium closed the DevTools pipe")
            buf += chunk
        msg, buf = buf.split(b"\0", 1)
        return json.loads(msg)

    def call(method, params=None, session=None):
        next_id[0] += 1
        msg = {"id": next_id[0], "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        out.write(json.dumps(msg).encode() + b"\0")
        while True:
            m = read_message()
            if m.get("id") == next_id[0]:
                if "error" in m:
                    sys.exit("browse.py: %s: %s" % (method, m["error"]))
                return m["result"]
            events.append(m)

    def wait_event(method, session):
        while True:
            for i, m in enumerate(events):
                if m.get("method") == method and m.get("sessionId") == session:
                    del events[: i + 1]
                    return m
            events.append(read_message())

    try:
        target = call("Target.createTarget", {"url": "about:blank"})["targetId"]
        s = call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        mobile = width < 600
        call("Emulation.setDeviceMetricsOverride",
             {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile}, s)
        if mobile:
            call("Emulation.setTouchEmulationEnabled", {"enabled": True}, s)
        call("Page.enable", {}, s)
        call("Page.navigate", {"url": url}, s)
        wait_event("Page.loadEventFired", s)
        r = call("Runtime.evaluate",
                 {"expression": PROBE + "(" + json.dumps(needles) + ")",
                  "returnByValue": True}, s)
        if "exceptionDetails" in r:
            sys.exit("browse.py: the probe failed: %s" % r["exceptionDetails"])
        v = r["result"]["value"]
        png = call("Page.captureScreenshot", {"format": "png"}, s)["data"]
        with open(shot, "wb") as f:
            f.write(base64.b64decode(png))
        try:
            call("Browser.close")
        except SystemExit:
            pass
        proc.wait(timeout=30)
    finally:
        # Whatever happened, the browser this script started ends with it.
        if proc.poll() is None:
            proc.kill()
            proc.wait()

    print("scrollWidth %d" % v["scrollWidth"])
    print("innerWidth %d" % v["innerWidth"])
    for text, why in v["needles"]:
        print("visible: %s" % text if not why else "not visible (%s): %s" % (why, text))


main()
