#!/bin/sh
# Stands in for a unit test when configure found no cmocka: make check
# hands it the test's source file, and it reports the test skipped, so the
# summary shows the missing checks instead of silently leaving them out.
echo "1..0 # SKIP cmocka is not installed: the unit tests of $(basename "$1" .c) did not run"
