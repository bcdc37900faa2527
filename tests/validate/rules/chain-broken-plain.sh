# --chain: a prev-archive document without fh:archive (exit 1).
cd ../history/chain-broken && "$FEEDWRIGHT" validate --chain plain.xml
