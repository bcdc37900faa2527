# --chain: an older archive holding newer entries (a warning: exit 0).
cd ../history/chain-broken && "$FEEDWRIGHT" validate --chain order.xml
