# tests/lib-recover.sh: sourced by the recover tests (t1101-t1106) after
# tests/lib.sh. A feed with archive documents and category feeds, records
# one a day, and what recover must give back.

# recover_feed DIR N: a feed folder with records r01..rN, one a day in
# January 2025 (10:00 in Seoul), categories Odd and Even; max-entries 5,
# archive-size 4, category feeds.
recover_feed() {
	archive_feed "$1" 5 4 &&
	set_conf "$1" category-feeds yes &&
	_rf_i=1 &&
	while [ "$_rf_i" -le "$2" ]; do
		odd_even_record "$1" "$(printf %02d "$_rf_i")" "2025-01-$(printf %02d "$_rf_i") 10:00:00" ||
		    return 1
		_rf_i=$((_rf_i + 1))
	done
}

# odd_even_record DIR NN DATE: DIR/articles/rNN.txt, "Title NN", of
# category Odd or Even as NN is.
odd_even_record() {
	case $2 in
	*[13579]) _oe_c=Odd ;;
	*) _oe_c=Even ;;
	esac
	category_record "$1/articles/r$2.txt" "$3" "Title $2" "Body of $2." "$_oe_c"
}

# at DAYS DIR: builds DIR at 2026-01-01 09:00 in Seoul plus DAYS days.
at() {
	SOURCE_DATE_EPOCH=$((1767225600 + $1 * 86400)) "$FEEDWRIGHT" build -q "$2"
}

# columns LEDGER: its lines without the hash, which recover may not know.
columns() {
	cut -f 1-5,7,8 "$1"
}

# published_snapshot DIR: every file published in DIR/public, with its
# inode and checksum: two the same show that a build rewrote none.
published_snapshot() {
	tree_snapshot "$1/public" -type f
}
