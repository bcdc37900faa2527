# --chain: one entry id in two archive documents (exit 1).
cd ../history/chain-broken && "$FEEDWRIGHT" validate --chain dup.xml
