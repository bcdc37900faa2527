# --against: the feed id changed between two versions (exit 1).
cd ../history/against && "$FEEDWRIGHT" validate --against=old.atom feed-id.atom
