# --against: a guid turned from a permalink into a plain id (exit 0).
cd ../history/against && "$FEEDWRIGHT" validate --against=old.rss permalink.rss
