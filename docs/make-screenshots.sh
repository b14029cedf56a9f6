#!/bin/sh
# Makes the pictures in word-packs.md: the first two pages of the Word pack's bokmål template as LibreOffice shows
# them, and the first page of the letter it writes. Needs soffice and pdftoppm; works from any directory.
set -e
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
example=../shared/examples/nb-sen-betaling.json
[ -f "$example" ] || example=templates-module/src/main/resources/no/farvel/templates/samples/nb-sen-betaling.json

cp samples/word-pack/src/main/resources/letter_nb.docx "$work/"
soffice -env:UserInstallation="file://$work/profile" --headless --norestore --convert-to pdf \
    --outdir "$work" "$work/letter_nb.docx" >/dev/null
pdftoppm -png -r 72 -f 1 -l 1 -singlefile "$work/letter_nb.pdf" docs/images/word-template
pdftoppm -png -r 72 -f 2 -l 2 -singlefile "$work/letter_nb.pdf" docs/images/word-template-page-2

./farvel render "$example" --out "$work/out" --pack samples/word-pack/src/main/resources --formats pdf >/dev/null
pdftoppm -png -r 72 -f 1 -l 1 -singlefile "$work/out/fjordkraft-demo-2026/letter.pdf" docs/images/word-letter
echo "Wrote docs/images/word-template.png, word-template-page-2.png and word-letter.png"
