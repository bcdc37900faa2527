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
command -v groff >/dev/null 2>&1 && test_set_prereq GROFF

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

dropin=$SRCDIR/systemd/feedwright-build@.service.d/websub.conf
# dropin_settings: the settings of the WebSub drop-in, without comments.
dropin_settings() { grep -v -e "^#" -e "^\$" "$dropin"; }

test_expect_success 'the WebSub drop-in gives back the network, and only it' '
	printf "%s\n" "[Service]" "PrivateNetwork=no" \
	    "RestrictAddressFamilies=AF_INET AF_INET6" "IPAddressDeny=" >"$T/want" &&
	dropin_settings >"$T/got" &&
	test_cmp "$T/want" "$T/got"
'

test_expect_success SYSTEMD_ANALYZE 'systemd-analyze verify reads the drop-in beside the units, and accepts it' '
	mkdir "$T/v/feedwright-build@.service.d" &&
	test_when_finished "rm -rf \"$T/v/feedwright-build@.service.d\"" &&
	sed "s/^PrivateNetwork=/PrivateNetwrk=/" "$dropin" >"$T/v/feedwright-build@.service.d/websub.conf" &&
	! verify_units "$UNITS" &&
	grep -F "websub.conf:" "$T/err" | grep -F "Unknown key '\''PrivateNetwrk'\''" &&
	cp "$dropin" "$T/v/feedwright-build@.service.d/websub.conf" &&
	verify_units "$UNITS"
'

test_expect_success GROFF 'feeds with hubs are told of it: README, feedwright(1), feedwright(5), the unit' '
	dropin_settings >"$T/settings" &&
	groff -man -Tascii -P-cbou -rHY=0 "$SRCDIR/doc/feedwright.1" 2>/dev/null |
	    sed "s/^ *//" >"$T/man1" &&
	groff -man -Tascii -P-cbou -rHY=0 "$SRCDIR/doc/feedwright.5" 2>/dev/null | tr -s " \n" "  " >"$T/man5" &&
	while read -r line; do
		grep -qxF -- "$line" "$SRCDIR/README.md" &&
		grep -qxF -- "$line" "$T/man1" || { echo "missing: $line"; return 1; }
	done <"$T/settings" &&
	grep -F "PrivateNetwork=no" "$SRCDIR/systemd/feedwright-build@.service.in" &&
	tr -s " \n" "  " <"$T/man1" >"$T/man1n" &&
	test_contains "$T/man1n" "A feed with a hub setting must reach its hubs" &&
	test_contains "$T/man5" "The systemd unit shipped with feedwright has no network: a feed with a hub needs the drop-in" &&
	test_contains "$SRCDIR/README.md" "A feed with a \`hub\` setting must reach its hubs"
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
