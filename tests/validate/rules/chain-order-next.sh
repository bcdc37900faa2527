# --chain: a next-archive link that does not lead back (exit 1).
cd ../history/chain-broken && "$FEEDWRIGHT" validate --chain next.xml
