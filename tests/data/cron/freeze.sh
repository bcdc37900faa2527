# freeze.sh: sourced by the tests of running from cron (t04*), after
# tests/lib.sh. It catches a build in the middle of writing and stops it
# there (SIGSTOP), so that a test can kill it, or run another build against
# it, at a point it knows: the build's temporary files exist, partly
# written, and it holds its lock. Catching it is a race the test can lose
# when the build is quick; then the build has simply run to the end, and
# freeze says so, so that the test can try again.

pids=
trap 'kill -9 $pids 2>/dev/null; rm -rf "$T"' EXIT

# wait_for WHAT CMD...: polls (up to 60 s) until CMD succeeds.
wait_for() {
	_what=$1
	shift
	_i=0
	until "$@"; do
		_i=$((_i + 1))
		if [ "$_i" -gt 6000 ]; then
			echo "# gave up waiting for $_what"
			return 1
		fi
		sleep 0.01
	done
}

# has_tmp DIR: a temporary atom.xml is in DIR (a glob: no process to start).
has_tmp() {
	for _f in "$1"/.atom.xml.??????; do
		[ -e "$_f" ] && return 0
	done
	return 1
}

# has_written_tmp DIR: and something is written in it already.
has_written_tmp() {
	for _f in "$1"/.atom.xml.??????; do
		[ -s "$_f" ] && return 0
	done
	return 1
}

# holds_open PID FILE: process PID, or a child of it (PID may be timeout(1)),
# has FILE open: a build that does is taking or holds its lock.
holds_open() {
	for _p in "$1" $(cat /proc/"$1"/task/"$1"/children 2>/dev/null); do
		for _fd in /proc/"$_p"/fd/*; do
			[ "$(readlink "$_fd" 2>/dev/null)" = "$2" ] && return 0
		done
	done
	return 1
}

# Whether holds_open can tell (Linux with /proc and its children lists).
can_see_open_files() {
	[ -r "/proc/$$/task/$$/children" ]
}

# freeze OUTDIR BUILD-ARGS...: starts "feedwright build BUILD-ARGS" in the
# background and stops it as soon as its temporary atom.xml in OUTDIR has
# its first bytes: returns 0, the build stopped ($frozen_pid), or 1 if the build
# ended first ($frozen_status). Its output goes to $T/frozen.out and .err.
freeze() {
	_outdir=$1
	shift
	rm -f "$T/frozen.pid" "$T/frozen.rc"
	(
		sh -c 'echo $$ >"$1.new" && mv "$1.new" "$1" && shift && exec "$@"' \
		    sh "$T/frozen.pid" "$FEEDWRIGHT" build "$@" \
		    >"$T/frozen.out" 2>"$T/frozen.err"
		echo $? >"$T/frozen.rc.new"
		mv "$T/frozen.rc.new" "$T/frozen.rc"
	) &
	pids="$pids $!"
	wait_for "the build to start" test -e "$T/frozen.pid" || return 1
	frozen_pid=$(cat "$T/frozen.pid")
	pids="$pids $frozen_pid"
	_i=0
	until has_written_tmp "$_outdir" || [ -e "$T/frozen.rc" ] ||
	    [ $_i -gt 5000000 ]; do
		_i=$((_i + 1))
	done
	if [ ! -e "$T/frozen.rc" ]; then
		kill -STOP "$frozen_pid"
		# Still there once stopped: caught mid-write, before the rename.
		has_tmp "$_outdir" && return 0
		kill -CONT "$frozen_pid"
	fi
	wait_for "the build to end" test -e "$T/frozen.rc"
	frozen_status=$(cat "$T/frozen.rc")
	echo "# the build ended before it could be stopped (status $frozen_status)"
	return 1
}

# thaw: lets the stopped build go on to its end. Sets $frozen_status.
thaw() {
	kill -CONT "$frozen_pid"
	wait_for "the build to end" test -e "$T/frozen.rc"
	frozen_status=$(cat "$T/frozen.rc")
}

# kill_frozen: SIGKILLs the stopped build. Sets $frozen_status.
kill_frozen() {
	kill -KILL "$frozen_pid"
	wait_for "the build to die" test -e "$T/frozen.rc"
	frozen_status=$(cat "$T/frozen.rc")
}
