#!/bin/sh
# The systemd units make install puts beside the crontab line: as built
# (ExecStart from bindir), accepted by systemd-analyze verify without a
# word, and holding the promised confinement: an unprivileged user, no
# network, read-only but for the feed folder; a timer every quarter of an
# hour that catches up after downtime.
. "$SRCDIR/tests/lib.sh"

UNITS=${BUILDDIR:-$SRCDIR}/systemd
service=$UNITS/feedwright-build@.service
timer=$UNITS/feedwright-build@.timer
command -v systemd-analyze >/dev/null 2>&1 && test_set_prereq SYSTEMD_ANALYZE
command -v systemd-escape >/dev/null 2>&1 && test_set_prereq SYSTEMD_ESCAPE

# verify_units DIR: systemd-analyze verify on the two units of DIR, with
# the service's ExecStart pointed at the binary under test (the installed
# one need not exist yet); succeeds only if it says nothing at all.
verify_units() {
	sed "s|^ExecStart=[^ ]*/feedwright |ExecStart=$FEEDWRIGHT |" \
	    "$1/feedwright-build@.service" >"$T/v/feedwright-build@.service" &&
	cp "$1/feedwright-build@.timer" "$T/v/" &&
	systemd-analyze verify --man=no "$T/v/feedwright-build@.service" \
	    "$T/v/feedwright-build@.timer" >"$T/out" 2>"$T/err" &&
	test_must_be_empty "$T/err" && test_must_be_empty "$T/out"
}
mkdir "$T/v"

test_expect_success 'the units are built, ExecStart in bindir' '
	test -f "$service" && test -f "$timer" &&
	grep -Fx "ExecStart=${BINDIR:-/usr/local/bin}/feedwright build -- %f" "$service" &&
	! grep -n "@[a-z]*@" "$service" "$timer"
'

test_expect_success SYSTEMD_ANALYZE 'systemd-analyze verify accepts both, without a warning' '
	verify_units "$UNITS"
'

test_expect_success SYSTEMD_ANALYZE 'and would say so of a misspelt setting or a missing program' '
	mkdir "$T/bad" &&
	sed "s/^ProtectSystem=/ProtectSystm=/" "$service" >"$T/bad/feedwright-build@.service" &&
	cp "$timer" "$T/bad/" &&
	! verify_units "$T/bad" &&
	grep -F "Unknown key '\''ProtectSystm'\''" "$T/err" &&
	sed "s|^ExecStart=.*|ExecStart=$T/nowhere/feedwright build -- %f|" "$service" >"$T/v/feedwright-build@.service" &&
	test_must_fail systemd-analyze verify --man=no "$T/v/feedwright-build@.service" &&
	grep -F "is not executable" "$T/err"
'

test_expect_success 'the service runs unprivileged, once per start' '
	grep -Fx "User=feedwright" "$service" &&
	grep -Fx "Type=oneshot" "$service" &&
	grep -Fx "NoNewPrivileges=yes" "$service" &&
	grep -Fx "CapabilityBoundingSet=" "$service" &&
	! grep -E "^(DynamicUser|AmbientCapabilities)=" "$service"
'

test_expect_success 'the service has no network' '
	grep -Fx "PrivateNetwork=yes" "$service" &&
	grep -Fx "RestrictAddressFamilies=AF_UNIX" "$service" &&
	grep -Fx "IPAddressDeny=any" "$service"
'

test_expect_success 'the service writes only the feed folder' '
	grep -Fx "ProtectSystem=strict" "$service" &&
	grep -Fx "ProtectHome=read-only" "$service" &&
	grep -Fx "ReadWritePaths=%f" "$service" &&
	test "$(grep -c "^ReadWritePaths=" "$service")" -eq 1 &&
	grep -Fx "PrivateTmp=yes" "$service" &&
	grep -Fx "PrivateDevices=yes" "$service"
'

test_expect_success 'the timer: every quarter of an hour, catching up after downtime' '
	grep -Fx "OnCalendar=*:0/15" "$timer" &&
	grep -Fx "Persistent=true" "$timer" &&
	grep -Ex "RandomizedDelaySec=[0-9]+" "$timer" &&
	test "$(sed -n "s/^RandomizedDelaySec=//p" "$timer")" -le 60 &&
	grep -Fx "WantedBy=timers.target" "$timer" &&
	! grep "^Unit=" "$timer"
'

test_expect_success SYSTEMD_ANALYZE 'OnCalendar means every 15 minutes on the quarter' '
	systemd-analyze calendar --iterations=3 "*:0/15" >"$T/cal" &&
	grep -F "Normalized form: *-*-* *:00/15:00" "$T/cal"
'

test_expect_success SYSTEMD_ESCAPE 'the instance is the feed folder, as the README enables it' '
	test "$(systemd-escape --path /srv/feeds/news)" = srv-feeds-news &&
	test "$(systemd-escape --unescape --path "$(systemd-escape --path /srv/feeds/world-desk)")" = /srv/feeds/world-desk &&
	for f in README.md doc/feedwright.1 systemd/feedwright-build@.service.in; do
		sed "s/\\\\-/-/g" "$SRCDIR/$f" | grep -F "systemctl enable --now feedwright-build@\$(systemd-escape --path /srv/feeds/news).timer" ||
		return 1
	done
'

test_done
