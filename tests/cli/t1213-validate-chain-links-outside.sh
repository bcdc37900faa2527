#!/bin/sh
# hostile: validate --chain reads the files of FILE's folder only. A
# symbolic link planted there (archive/2.xml -> a file elsewhere, or a
# linked folder) was followed and the file outside read; now the chain
# breaks there, chain-broken, and nothing outside is opened. A link that
# stays inside the folder is followed as the file itself.
. "$SRCDIR/tests/lib.sh"

H=$SRCDIR/tests/validate/history
cd "$T" || exit 99
R=$(pwd -P) || exit 99

test_expect_success 'a link to a file outside the folder: chain-broken, exit 1' '
	cp -R "$H/chain-atom" out1 &&
	mv out1/archive/2.xml elsewhere.xml &&
	ln -s ../../elsewhere.xml out1/archive/2.xml &&
	test_expect_code 1 "$FEEDWRIGHT" validate --chain out1/atom.xml &&
	echo "out1/atom.xml:8:1: error: prev-archive \"https://example.org/feeds/archive/2.xml\" is the file out1/archive/2.xml, a symbolic link (or in a linked folder) to $R/elsewhere.xml, outside the folder out1: --chain reads files there only [chain-broken]" >want &&
	test_cmp want "$T/out" &&
	test_must_be_empty "$T/err"
'

test_expect_success 'a link to /etc/passwd: chain-broken, the file never read' '
	cp -R "$H/chain-atom" out2 &&
	rm out2/archive/2.xml &&
	ln -s /etc/passwd out2/archive/2.xml &&
	test_expect_code 1 "$FEEDWRIGHT" validate --chain out2/atom.xml &&
	test_contains "$T/out" "a symbolic link (or in a linked folder) to /etc/passwd, outside the folder out2" &&
	test_lacks "$T/out" "root:"
'

test_expect_success 'a linked folder leading outside: chain-broken too' '
	cp -R "$H/chain-atom" out3 &&
	mv out3/archive archive-elsewhere &&
	ln -s ../archive-elsewhere out3/archive &&
	test_expect_code 1 "$FEEDWRIGHT" validate --chain out3/atom.xml &&
	echo "out3/atom.xml:8:1: error: prev-archive \"https://example.org/feeds/archive/2.xml\" is the file out3/archive/2.xml, a symbolic link (or in a linked folder) to $R/archive-elsewhere/2.xml, outside the folder out3: --chain reads files there only [chain-broken]" >want &&
	test_cmp want "$T/out"
'

test_expect_success 'a link inside the folder: followed, the chain valid' '
	cp -R "$H/chain-atom" in &&
	mv in/archive/2.xml in/two.xml &&
	ln -s ../two.xml in/archive/2.xml &&
	test_expect_code 0 "$FEEDWRIGHT" validate --chain in/atom.xml &&
	test_must_be_empty "$T/out"
'

test_done
