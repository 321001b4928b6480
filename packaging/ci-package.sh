#!/usr/bin/env bash
# CI, after the test suite: build the Linux bundle, run its self-test with an empty
# environment, and pack the tarball; exit non-zero on any failure.
#   bash packaging/ci-package.sh
# Takes about a minute on a 2-core machine (PyInstaller ~35 s, tarball ~10 s).
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
step() { echo "== ci-package: $* ($(( $(date +%s) - start )) s)"; }

step "building dist/otinish"
make package

step "self-test of the bundle (env -i)"
make package-test

# The same bundle, moved elsewhere and started through a symlink, with no PATH at all:
# it must not depend on where it was built.
step "self-test of a moved copy, no PATH"
moved=$(mktemp -d)
trap 'rm -rf "$moved"' EXIT
cp -a dist/otinish "$moved/otinish"
ln -s "$moved/otinish/otinish" "$moved/otinish-link"
env -i "$moved/otinish-link" --self-test > "$moved/selftest.json" || {
  cat "$moved/selftest.json"; echo "ci-package: the moved bundle's self-test FAILED" >&2; exit 1; }
grep -q '"ok": true' "$moved/selftest.json"

# The bundle's console program is the command line (what a scheduled `remind` runs).
step "otinish-cli of the bundle"
env -i "$moved/otinish/otinish-cli" --json due --received 2026-03-20T10:00 --type access \
  > "$moved/due.json" || { cat "$moved/due.json"; echo "ci-package: otinish-cli FAILED" >&2; exit 1; }
grep -q '"due"' "$moved/due.json"

step "tarball"
make package-tarball

step "done"
