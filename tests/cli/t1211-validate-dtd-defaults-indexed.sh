#!/bin/sh
# hostile: the attribute defaults of the internal subset are found by
# element, not by walking every declaration of the subset for every
# element with one declared: 200,000 declarations (empty comments) and
# 20,000 entries, 4 MB, took more than 60 s. Here 9,000 (within the
# subset's limit) and 1,000,000 elements, 12 MB, took 28 s: under capped's
# CPU limit, a return of that walk fails. The defaults are still applied
# (every atom:link has its href), and said once.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

# capped's CPU limit, with room for AddressSanitizer's shadow memory and
# quarantine, which count as resident (269 MB here).
run_capped() {
	case ${SANITIZER_CFLAGS:-} in
	*address*) (limit_memory 768; ulimit -t 20; exec timeout 60 "$@") ;;
	*) capped "$@" ;;
	esac
}

"$PYTHON" - <<'EOT' || exit 99
# 9,000 comments: within the subset's limit of 10,000 declarations.
dtd = ('<!DOCTYPE feed [\n<!ATTLIST entry xml:lang CDATA "en">\n'
    + '<!---->\n' * 9000 + '<!ATTLIST link href CDATA "https://e.org/a">\n'
    '<!ATTLIST title type CDATA "text">\n<!ATTLIST id xml:lang CDATA "en">\n'
    '<!ATTLIST updated xml:lang CDATA "en">\n'
    '<!ATTLIST x:c a CDATA "c">\n]>\n')
head = ('<?xml version="1.0" encoding="utf-8"?>\n' + dtd +
    '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:x="urn:x">\n'
    '<title>t</title><id>urn:ex:f</id>'
    '<updated>2024-01-01T00:00:00Z</updated><author><name>a</name></author>'
    '<link rel="self" href="https://e.org/feed.xml"/>\n')
# Each atom:link has its href from the DTD only.
e = ('<entry><title>t</title><link/><id>urn:ex:%d</id>'
    '<updated>2024-01-01T00:00:00Z</updated>' + '<x:c a="c"/>' * 1000
    + '</entry>\n')
open('f.xml', 'w').write(head + ''.join(e % i for i in range(1000)) + '</feed>\n')
EOT

test_expect_success '1,000,000 elements with defaults among 9,000 declarations' '
	test_expect_code 0 run_capped "$FEEDWRIGHT" validate f.xml &&
	echo "f.xml:9011:1: warning: type=\"text\" on atom:title is a default the DOCTYPE declares: XML requires it, but feed readers that skip the DTD do not see it; write it on the element [dtd-default]" >want &&
	test_cmp want "$T/out"
'

test_done
