#!/bin/sh
# Pack dist/otinish (built by `make package`) with the menu entry, the file type, the
# icons and install.sh into dist/otinish-VERSION-linux-ARCH.tar.gz.
#   sh packaging/linux/make-tarball.sh [VERSION]     (VERSION: from pyproject.toml)
set -eu
cd "$(dirname "$0")/../.."
version=${1:-$(sed -n 's/^version *= *"\(.*\)"/\1/p' pyproject.toml | head -n 1)}
arch=$(uname -m)
name=otinish-$version-linux-$arch
out=dist/$name.tar.gz
[ -x dist/otinish/otinish ] || { echo "make-tarball: no dist/otinish; run 'make package'" >&2; exit 1; }

# The bundle keeps its relative symlinks; everything goes under one top folder.
tar --create --gzip --file "$out.part" --sort=name --owner=0 --group=0 --numeric-owner \
  --transform "s|^|$name/|rhS" \
  -C dist otinish \
  -C ../packaging/linux otinish.desktop otinish-mime.xml install.sh icons
mv "$out.part" "$out"
echo "tarball: $out, $(du -h "$out" | cut -f1)"
