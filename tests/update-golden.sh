#!/bin/sh
# Rewrites tests/golden/ from the current build. Run only on purpose
# (`make update-golden`), then read the diff before committing it.
set -eu
bin=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for feed in "$src"/feeds/*/; do
	name=$(basename "$feed")
	cp -R "$feed" "$tmp/$name"
	rm -rf "$tmp/$name/public"
	"$bin" build -o "$tmp/$name.out" "$tmp/$name"
	mkdir -p "$src/tests/golden/$name"
	for f in "$tmp/$name.out"/*; do
		cp "$f" "$src/tests/golden/$name/"
	done
done
for feed in "$src"/tests/data/feeds/*/; do
	[ -d "$feed" ] || continue
	name=$(basename "$feed")
	cp -R "$feed" "$tmp/$name"
	"$bin" build -o "$tmp/$name.out" "$tmp/$name"
	mkdir -p "$src/tests/golden/$name"
	cp "$tmp/$name.out"/* "$src/tests/golden/$name/"
done
echo "golden files updated; review with: git diff tests/golden"
