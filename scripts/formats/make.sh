#!/usr/bin/env bash
# Regenerates fixtures/formats/: every seed as .docx and .html (pandoc) and .pdf (LibreOffice, headless),
# so that the tests can compare each format's result with the .txt's without needing these tools.
# Needs the Debian packages pandoc, libreoffice-writer-nogui, zip and unzip. Run from anywhere:
#   bash scripts/formats/make.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/fixtures/formats"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
# Fixed dates where the tools honour them. A rerun still changes bytes of the .docx (zip entry times) and
# .pdf (document ID, creation date), never their text or layout.
export SOURCE_DATE_EPOCH=1700000000 TZ=UTC

# A reference .docx whose page has a running header and a footer "Page N of M" (Word fields), made from
# pandoc's default one: printed to PDF, every page then carries the lines torlint must drop.
ref="$work/reference"
mkdir -p "$ref"
pandoc -o "$work/default-reference.docx" --print-default-data-file reference.docx
unzip -q "$work/default-reference.docx" -d "$ref"
w='xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
cat > "$ref/word/header1.xml" <<XML
<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:hdr $w><w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:t>IOM vacancy archive - printed copy</w:t></w:r></w:p></w:hdr>
XML
cat > "$ref/word/footer1.xml" <<XML
<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:ftr $w><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t xml:space="preserve">Page </w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple><w:r><w:t xml:space="preserve"> of </w:t></w:r><w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>
XML
rels='http://schemas.openxmlformats.org/officeDocument/2006/relationships'
types='application/vnd.openxmlformats-officedocument.wordprocessingml'
sed -i "s#<w:sectPr />#<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdTorlintHeader\"/><w:footerReference w:type=\"default\" r:id=\"rIdTorlintFooter\"/></w:sectPr>#" "$ref/word/document.xml"
sed -i "s#</Relationships>#<Relationship Type=\"$rels/header\" Id=\"rIdTorlintHeader\" Target=\"header1.xml\" /><Relationship Type=\"$rels/footer\" Id=\"rIdTorlintFooter\" Target=\"footer1.xml\" /></Relationships>#" "$ref/word/_rels/document.xml.rels"
sed -i "s#</Types>#<Override PartName=\"/word/header1.xml\" ContentType=\"$types.header+xml\" /><Override PartName=\"/word/footer1.xml\" ContentType=\"$types.footer+xml\" /></Types>#" "$ref/[Content_Types].xml"
grep -q rIdTorlintHeader "$ref/word/document.xml" || { echo "make.sh: pandoc's reference.docx changed shape (no empty <w:sectPr />)" >&2; exit 1; }
(cd "$ref" && zip -q -X -r "$work/reference.docx" '[Content_Types].xml' _rels docProps word)

# The .docx used for split-item.pdf: a list item long enough to be cut by the first page break, with the
# footnote of the heading printed at the bottom of the page, between the two parts.
split="$work/split-item.md"
{
  echo '## Responsibilities[^1]'
  echo
  for n in $(seq 1 18); do echo "- Coordinate the delivery of activity $n with the partners, and report on its progress."; done
  echo '- Prepare the monthly reports of the project for the donors, the regional office and the country office, including the narrative and the financial parts, the lessons learned, the risks met during the month and the way they were mitigated, the indicators of the results framework, the photographs of the activities and the stories of the beneficiaries, so that every reader of the report finds in it what they need.'
  for n in $(seq 19 22); do echo "- Coordinate the delivery of activity $n with the partners, and report on its progress."; done
  echo
  echo '[^1]: The duties may change with the needs of the project.'
} > "$split"

# The seeds are plain text read as Markdown, as torlint reads them. pandoc is told to read them the same
# way: a line break is a line break (hard_line_breaks), a list needs no blank line before it
# (lists_without_preceding_blankline), and "IV." or "a)" written at the start of a heading or a group
# stays text instead of becoming list numbering (no fancy_lists), as in the .txt.
reader='markdown-smart-fancy_lists+hard_line_breaks+lists_without_preceding_blankline'

for seed in "$root"/fixtures/seeds/*.txt; do
  name="$(basename "$seed" .txt)"
  pandoc --from "$reader" --to docx --reference-doc "$work/reference.docx" "$seed" -o "$out/$name.docx"
  pandoc --from "$reader" --to html5 --standalone --template "$here/job-board.html" \
    --metadata pagetitle="$name" --metadata lang=en "$seed" -o "$out/$name.html"
  # PDF from the .docx, as an archive would hold a Word document printed to PDF.
  soffice --headless --norestore -env:UserInstallation="file://$work/profile" \
    --convert-to pdf --outdir "$work" "$out/$name.docx" >/dev/null 2>&1
  mv "$work/$name.pdf" "$out/$name.pdf"
done

# A Word document with the position information as a two-column table, as recruiters draft them.
cat > "$work/position-table.md" <<'MD'
# Terms of Reference

| | |
|---|---|
| Position Title | Data and Knowledge Officer |
| Duty Station | Berlin, Germany |
| Grade | P2 |
| Closing Date | 15 March 2024 |

## Responsibilities

1. Support knowledge management for the Knowledge Platform.
2. Help to prepare webinars and presentations.
MD
pandoc --from "$reader" --to docx --reference-doc "$work/reference.docx" "$work/position-table.md" -o "$out/position-table.docx"

# A PDF whose page break, and the footnote above it, cut a list item: torlint joins the two parts and
# `split-item` reports it.
pandoc --from markdown-smart --to docx --reference-doc "$work/reference.docx" "$split" -o "$work/split-item.docx"
soffice --headless --norestore -env:UserInstallation="file://$work/profile" \
  --convert-to pdf --outdir "$work" "$work/split-item.docx" >/dev/null 2>&1
mv "$work/split-item.pdf" "$out/split-item.pdf"
echo "wrote $(ls "$out" | wc -l) files to fixtures/formats/"
