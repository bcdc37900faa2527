# --chain: a prev-archive file that does not exist (exit 1).
cd ../history/chain-broken && "$FEEDWRIGHT" validate --chain missing.xml
