# --against: an entry id changed while its link stayed (exit 1).
cd ../history/against && "$FEEDWRIGHT" validate --against=old.atom churn-link.atom
