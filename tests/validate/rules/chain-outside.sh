# --chain: a prev-archive URL on another site (exit 1).
cd ../history/chain-broken && "$FEEDWRIGHT" validate --chain outside.xml
