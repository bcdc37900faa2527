# --chain: an older archive holding newer entries (exit 1).
cd ../history/chain-broken && "$FEEDWRIGHT" validate --chain order.xml
