#!/bin/sh
# Seeds the fuzz corpora from the repository's test data. Run from `fuzz/`.
set -eu
root=..
mkdir -p corpus/load_eval corpus/state_read corpus/tfvars
seed() {
    # $1 corpus, then find arguments; each file is copied under a name made from its path.
    corpus=$1
    shift
    find "$root/testdata" "$root/examples" "$root/modules" "$root/src" "$@" -type f 2>/dev/null |
        while read -r f; do
            cp "$f" "corpus/$corpus/$(echo "$f" | sed 's|^\.\./||; s|/|_|g')"
        done
}
seed load_eval -name '*.tf'
seed state_read -name '*.tfstate'
seed tfvars -name '*.tfvars'
