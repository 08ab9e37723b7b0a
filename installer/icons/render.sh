#!/usr/bin/env bash
# Renders the application icon from conduct-ledger.svg: PNGs 16–256 (the Linux package, the desktop entry and
# the windows of the application itself, as class-path resources /icons/conduct-ledger-N.png) and
# conduct-ledger.ico (the Windows launcher and the MSI). The outputs are committed; run this only after
# changing the SVG. Needs rsvg-convert (librsvg2-bin) and ImageMagick's convert.
set -euo pipefail
cd "$(dirname "$0")"
sizes=(16 24 32 48 64 128 256)
for n in "${sizes[@]}"; do
  rsvg-convert -w "$n" -h "$n" conduct-ledger.svg -o "conduct-ledger-$n.png"
done
files=()
for n in "${sizes[@]}"; do files+=("conduct-ledger-$n.png"); done
convert "${files[@]}" conduct-ledger.ico
ls -l conduct-ledger-*.png conduct-ledger.ico
