#!/bin/sh
# Hostile input: entity expansion bombs, external entities pointing at
# local files, DTDs on the network. feedwright validate must give a clear
# error without expanding, loading or fetching anything. Memory and CPU
# time are capped (ulimit) so a regression fails instead of hanging.
. "$SRCDIR/tests/lib.sh"

cp "$SRCDIR"/tests/validate/hostile/*.xml "$T/"
cd "$T" || exit 99

# validate_capped FILE: validate with 256 MB of address space, 20 s of CPU.
# A sanitizer build reserves terabytes of address space: it gets no -v cap.
vcap=$(sh -c 'ulimit -v 262144 && "$1" --version >/dev/null 2>&1 &&
    echo 262144' sh "$FEEDWRIGHT" 2>/dev/null)
[ -n "$vcap" ] || vcap=unlimited
validate_capped() {
	(ulimit -v $vcap 2>/dev/null; ulimit -t 20 2>/dev/null
	exec "$FEEDWRIGHT" validate "$1") >"$T/out" 2>"$T/err"
	status=$?
}

validate_capped billion-laughs.xml
expect_status "billion laughs in text" 1
expect_eq "billion laughs: one clear error" "$(cat "$T/out")" \
    "billion-laughs.xml:1:7: error: XML: Detected an entity reference loop [xml-not-well-formed]"

validate_capped billion-laughs-attr.xml
expect_status "billion laughs in an attribute" 1
expect_eq "billion laughs in an attribute: one clear error" "$(cat "$T/out")" \
    "billion-laughs-attr.xml:16:29: error: XML: Detected an entity reference loop [xml-not-well-formed]"

validate_capped xxe-file.xml
expect_status "external entity on /etc/passwd" 1
expect_eq "external entity: declared, referenced, never loaded" \
    "$(grep ': error: ' "$T/out")" \
    'xxe-file.xml:5:1: error: the DTD declares the external entity "xxe" (file:///etc/passwd), which is never loaded [external-entity]
xxe-file.xml:6:1: error: reference to the entity "&xxe;", which is not expanded; feeds must not depend on a DTD [entity-reference]'
expect_lacks "nothing of /etc/passwd in the output" "$T/out" "root:"

validate_capped xxe-parameter.xml
expect_status "external parameter entity" 1
expect_eq "external parameter entity: reported, not loaded" "$(cat "$T/out")" \
    'xxe-parameter.xml:6:1: error: the DTD declares the external entity "remote" (file:///etc/passwd), which is never loaded [external-entity]'
expect_lacks "nothing of /etc/passwd in the output (parameter)" "$T/out" "root:"

# The DTD's URL is a closed local port: a fetch would fail and show.
validate_capped external-dtd.xml
expect_status "a DTD on the network is not fetched" 0
expect_eq "no message about the DTD" "$(cat "$T/out" "$T/err")" ""

# Not XML at all, empty, truncated.
printf 'not xml\n' >text.xml
validate_capped text.xml
expect_status "plain text" 1
expect_eq "plain text message" "$(cat "$T/out")" \
    "text.xml:1:1: error: XML: Document is empty [xml-not-well-formed]"
: >empty.xml
validate_capped empty.xml
expect_status "empty file" 1
expect_eq "empty file message" "$(tail -n 1 "$T/out")" \
    "empty.xml:1:1: error: the file is empty [xml-not-well-formed]"
head -c 200 "$SRCDIR/tests/validate/formats/good.rss" >cut.xml
validate_capped cut.xml
expect_status "truncated file" 1
expect_contains "truncated file is not well-formed" "$T/out" "[xml-not-well-formed]"

# Deep nesting stays within libxml2's depth limit, without a crash.
{
	printf '<rss version="2.0"><channel><title>t</title><link>https://e.org/</link><description>d</description><x:deep xmlns:x="urn:x">'
	i=0; while [ $i -lt 300 ]; do printf '<x:a>'; i=$((i + 1)); done
	i=0; while [ $i -lt 300 ]; do printf '</x:a>'; i=$((i + 1)); done
	printf '</x:deep></channel></rss>\n'
} >deep.xml
validate_capped deep.xml
check "deep nesting: a verdict, no crash" test "$status" -le 1

finish
