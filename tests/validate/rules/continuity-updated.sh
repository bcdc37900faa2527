# --against: an entry's updated went backwards (exit 0).
cd ../history/against && "$FEEDWRIGHT" validate --against=old.atom updated.atom
