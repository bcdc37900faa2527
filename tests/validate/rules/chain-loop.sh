# --chain: prev-archive links that come back (exit 1).
cd ../history/chain-broken && "$FEEDWRIGHT" validate --chain loop.xml
