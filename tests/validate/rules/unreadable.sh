# A file that does not exist cannot be opened (exit 2).
"$FEEDWRIGHT" validate unreadable-missing.xml
