#!/bin/sh
# Hostile input: entity expansion bombs, external entities pointing at
# local files, DTDs on the network. feedwright validate must give a clear
# error without expanding, loading or fetching anything. Memory and CPU
# time are capped (ulimit) so a regression fails instead of hanging.
. "$SRCDIR/tests/lib.sh"

cp "$SRCDIR"/tests/validate/hostile/*.xml "$T/"
cd "$T" || exit 99

# validate_capped WANT FILE: validate with 256 MB of address space and
# 20 s of CPU must exit WANT; its output in $T/out and $T/err.
# A sanitizer build reserves terabytes of address space: it gets no -v cap.
vcap=$(sh -c 'ulimit -v 262144 && "$1" --version >/dev/null 2>&1 &&
    echo 262144' sh "$FEEDWRIGHT" 2>/dev/null)
[ -n "$vcap" ] || vcap=unlimited
validate_capped() {
	test_expect_code "$1" sh -c 'ulimit -v "$1" 2>/dev/null; ulimit -t 20 2>/dev/null
	    exec "$2" validate "$3"' sh "$vcap" "$FEEDWRIGHT" "$2"
}

test_expect_success 'billion laughs in text: one clear error, exit 1' '
	validate_capped 1 billion-laughs.xml &&
	echo "billion-laughs.xml:1:7: error: XML: Detected an entity reference loop [xml-not-well-formed]" >want &&
	test_cmp want "$T/out"
'

test_expect_success 'billion laughs in an attribute: one clear error, exit 1' '
	validate_capped 1 billion-laughs-attr.xml &&
	echo "billion-laughs-attr.xml:16:29: error: XML: Detected an entity reference loop [xml-not-well-formed]" >want &&
	test_cmp want "$T/out"
'

test_expect_success 'an external entity on /etc/passwd: declared, referenced, never loaded, its text left out, exit 0' '
	validate_capped 0 xxe-file.xml &&
	cat >want <<-\EOF &&
	xxe-file.xml:5:1: warning: the DTD declares the external entity "xxe" (file:///etc/passwd), which is never loaded [external-entity]
	xxe-file.xml:6:3: warning: reference to the external entity "&xxe;", which is never loaded: its text is left out [external-entity]
	xxe-file.xml:5:1: warning: atom:feed should have an atom:link with rel="self" [atom-self-link]
	EOF
	test_cmp want "$T/out" &&
	test_lacks "$T/out" "root:"
'

test_expect_success 'an external parameter entity: reported, not loaded, a warning, exit 0' '
	validate_capped 0 xxe-parameter.xml &&
	echo "xxe-parameter.xml:6:1: warning: the DTD declares the external entity \"remote\" (file:///etc/passwd), which is never loaded [external-entity]" >want &&
	test_cmp want "$T/out" &&
	test_lacks "$T/out" "root:"
'

# The DTD's URL is a closed local port: a fetch would fail and show.
test_expect_success 'a DTD on the network is not fetched: valid, nothing said' '
	validate_capped 0 external-dtd.xml &&
	test_must_be_empty "$T/out" &&
	test_must_be_empty "$T/err"
'

test_expect_success 'plain text: not XML, exit 1' '
	printf "not xml\n" >text.xml &&
	validate_capped 1 text.xml &&
	echo "text.xml:1:1: error: XML: Document is empty [xml-not-well-formed]" >want &&
	test_cmp want "$T/out"
'

test_expect_success 'an empty file says so, exit 1' '
	: >empty.xml &&
	validate_capped 1 empty.xml &&
	test_eq "$(tail -n 1 "$T/out")" "empty.xml:1:1: error: the file is empty [xml-not-well-formed]"
'

test_expect_success 'a truncated file is not well-formed, exit 1' '
	head -c 200 "$SRCDIR/tests/validate/formats/good.rss" >cut.xml &&
	validate_capped 1 cut.xml &&
	test_contains "$T/out" "[xml-not-well-formed]"
'

# Deep nesting stays within libxml2's depth limit, without a crash.
test_expect_success '300-deep nesting: a verdict, no crash' '
	{
		printf "<rss version=\"2.0\"><channel><title>t</title><link>https://e.org/</link><description>d</description><x:deep xmlns:x=\"urn:x\">"
		i=0; while [ $i -lt 300 ]; do printf "<x:a>"; i=$((i + 1)); done
		i=0; while [ $i -lt 300 ]; do printf "</x:a>"; i=$((i + 1)); done
		printf "</x:deep></channel></rss>\n"
	} >deep.xml &&
	{ validate_capped 0 deep.xml || test "$status" -eq 1; }
'

test_done
