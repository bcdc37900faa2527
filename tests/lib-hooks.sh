# tests/lib-hooks.sh: sourced after tests/lib.sh by the tests that stop,
# kill or fail a build at a named point (the points are listed in
# src/test_hook.h) through tests/feedwright-hooked, which make check names
# in $FEEDWRIGHT_HOOKED. Nothing here sleeps or polls: a paused build
# tells the test where it is through a named pipe, and waits on it.

if [ -n "${FEEDWRIGHT_HOOKED:-}" ] && [ -x "$FEEDWRIGHT_HOOKED" ]; then
	test_set_prereq HOOKS
fi

# hooked CMD...: runs the hooked program (FEEDWRIGHT_TEST_HOOK set by the
# caller, as in FEEDWRIGHT_TEST_HOOK=... hooked build DIR).
hooked() { "$FEEDWRIGHT_HOOKED" "$@"; }

# hook_start NAME POINT BUILD-ARGS...: starts "feedwright build
# BUILD-ARGS" in the background, stopped at POINT; returns once it is
# there (fails if it does not get there within 60 s). Its pid is in
# $hook_pid, its stdout and stderr in $T/NAME.out and $T/NAME.err.
hook_start() {
	_hname=$1 _hpoint=$2
	shift 2
	rm -f "$T/$_hname.fifo" && mkfifo "$T/$_hname.fifo" || return 1
	FEEDWRIGHT_TEST_HOOK="$_hpoint:pause=$T/$_hname.fifo" \
	    "$FEEDWRIGHT_HOOKED" build "$@" \
	    >"$T/$_hname.out" 2>"$T/$_hname.err" </dev/null &
	hook_pid=$!
	_hat=$(timeout 60 head -n 1 "$T/$_hname.fifo")
	if [ "$_hat" != "$_hpoint" ]; then
		echo "the build did not stop at $_hpoint"
		kill -9 "$hook_pid" 2>/dev/null
		return 1
	fi
}

# hook_go NAME: lets the build stopped by hook_start NAME go on.
hook_go() { timeout 60 sh -c 'echo go >"$1"' sh "$T/$1.fifo"; }

# hook_wait PID: waits for the build to end; its exit status in $status.
hook_wait() {
	wait "$1"
	status=$?
}

# hook_kill PID [SIGNAL]: kills a stopped build (SIGKILL by default) and
# waits for it; its exit status in $status.
hook_kill() {
	kill -"${2:-KILL}" "$1" && hook_wait "$1"
}

# hold_lock NAME FILE: flock(1) takes an exclusive lock on FILE, as
# another process would, and holds it until release_lock NAME; returns
# once it is held (its pid in $lock_pid).
hold_lock() {
	rm -f "$T/$1.held" "$T/$1.release" &&
	mkfifo "$T/$1.held" "$T/$1.release" || return 1
	flock "$2" sh -c 'echo held >"$1"; read _ <"$2"' sh \
	    "$T/$1.held" "$T/$1.release" </dev/null &
	lock_pid=$!
	test "$(timeout 60 head -n 1 "$T/$1.held")" = held
}

# release_lock NAME: lets go of the lock hold_lock NAME took.
release_lock() {
	timeout 60 sh -c 'echo >"$1"' sh "$T/$1.release" && wait "$lock_pid"
}
