# --chain: an archive with a newer archive but no next-archive to it (a warning, exit 0).
cd ../history/chain-broken && "$FEEDWRIGHT" validate --chain nonext.xml
