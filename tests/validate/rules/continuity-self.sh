# --against: the self link moved (exit 0).
cd ../history/against && "$FEEDWRIGHT" validate --against=old.atom self.atom
