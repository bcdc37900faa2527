# --against: an entry vanished while an older one remains (exit 0).
cd ../history/against && "$FEEDWRIGHT" validate --against=old.atom vanished.atom
