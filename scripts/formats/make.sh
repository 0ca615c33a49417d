#!/usr/bin/env bash
# Regenerates fixtures/formats/: every seed as .docx and .html (pandoc) and .pdf (LibreOffice, headless),
# so that the tests can compare each format's result with the .txt's without needing these tools.
# Needs the Debian packages pandoc and libreoffice-writer-nogui. Run from anywhere:
#   bash scripts/formats/make.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/fixtures/formats"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

for seed in "$root"/fixtures/seeds/*.txt; do
  name="$(basename "$seed" .txt)"
  # The seeds are plain text read as Markdown, as torlint reads them; pandoc sees the same structure.
  pandoc --from markdown-smart --to docx "$seed" -o "$out/$name.docx"
  pandoc --from markdown-smart --to html5 --standalone --template "$here/job-board.html" \
    --metadata pagetitle="$name" --metadata lang=en "$seed" -o "$out/$name.html"
  # PDF from the .docx, as an archive would hold a Word document printed to PDF.
  soffice --headless --norestore -env:UserInstallation="file://$work/profile" \
    --convert-to pdf --outdir "$work" "$out/$name.docx" >/dev/null 2>&1
  mv "$work/$name.pdf" "$out/$name.pdf"
done
echo "wrote $(ls "$out" | wc -l) files to fixtures/formats/"
