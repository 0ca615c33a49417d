// The list and text rules (duplicate-item, list-numbering, markup-residue, placeholder, split-item) on the
// five seed documents and on small fixtures that each show one phenomenon.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { lint, rules } from '../../src/index.js'
import { resolveConfig } from '../../src/config/resolve.js'

const FAMILY = ['duplicate-item', 'list-numbering', 'markup-residue', 'placeholder', 'split-item']
const family = rules.filter((rule) => FAMILY.includes(rule.id))

function read(path: string): Buffer {
  return readFileSync(new URL(`../../fixtures/${path}`, import.meta.url))
}

/** Lint with only this family enabled (options per rule when given); findings as `id line:column message`. */
function run(path: string, options: Record<string, unknown> = {}) {
  const config = resolveConfig({
    config: { rules: Object.fromEntries(Object.entries(options).map(([id, value]) => [id, [family.find((rule) => rule.id === id)!.severity, value]])) },
    source: 'test',
    rules: family,
  })
  const result = lint(read(path), { path, config, rules: family })
  return { result, lines: result.messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.message}`) }
}

const only = (lines: string[], id: string) => lines.filter((line) => line.startsWith(`${id} `))

describe('seeds', () => {
  it('000: pasted HTML is markup residue, the page-break and footnote splits are reported, lettered groups are no restart', () => {
    const { lines } = run('seeds/000_b57d233953506967.txt')
    expect(lines).toEqual([
      'markup-residue 14:16 raw HTML tag <b>: write plain text or Markdown instead',
      'markup-residue 18:10 raw HTML tag <b>: write plain text or Markdown instead',
      'markup-residue 19:1 raw HTML tag <b>: write plain text or Markdown instead',
      'markup-residue 21:1 raw HTML tag <p>: write plain text or Markdown instead',
      'split-item 71:4 item continues on line 73 after a page break: join the two parts in the source',
      'markup-residue 73:1 raw HTML tags <p>, <ol>, <li>, <b>, <u>: write plain text or Markdown instead',
      'markup-residue 74:1 raw HTML tags <p>, <b>: write plain text or Markdown instead',
      'markup-residue 75:1 raw HTML tags <p>, <b>: write plain text or Markdown instead',
      'markup-residue 76:1 raw HTML tags <p>, <b>: write plain text or Markdown instead',
      'markup-residue 77:1 raw HTML tags <p>, <b>: write plain text or Markdown instead',
      'markup-residue 94:21 footnote marker <sup>1</sup> left in the text: remove it or turn the note into a sentence',
      'split-item 108:3 item continues on line 112 after the footnote on line 110: join the two parts in the source and move the footnote after them',
      'markup-residue 110:1 footnote marker <sup>1</sup> left in the text: remove it or turn the note into a sentence',
    ])
  })

  it('001: the shortened second copy of the "Computer/software literate" requirement is a duplicate', () => {
    const { lines } = run('seeds/001_58b32094f285b7d1.txt')
    expect(only(lines, 'duplicate-item')).toEqual([
      'duplicate-item 53:551 nearly repeats the item on line 53 ("Computer/software literate, preferably knowledgeable in Microsoft Office, Adobe…"): keep one of the two or merge them',
    ])
    expect(only(lines, 'markup-residue')).toEqual([
      'markup-residue 22:1 raw HTML tag <p>: write plain text or Markdown instead',
      'markup-residue 51:1 raw HTML tag <ul>: write plain text or Markdown instead',
      'markup-residue 53:1 raw HTML tag <ul>: write plain text or Markdown instead',
      'markup-residue 59:18 footnote marker ¹ left in the text: remove it or turn the note into a sentence',
      'markup-residue 60:1 raw HTML tags <p>, <ul>, <u>: write plain text or Markdown instead',
      'markup-residue 62:1 footnote marker ¹ left in the text: remove it or turn the note into a sentence',
    ])
    expect(lines).toHaveLength(7)
  })

  it('002: "can be found at this link" without a link is an error', () => {
    const { result, lines } = run('seeds/002_fe13132658dc064e.txt')
    expect(lines).toEqual(['placeholder 49:75 says "can be found at this link" but no link follows: add the address'])
    expect(result.errorCount).toBe(1)
  })

  it('003: the workplace-culture link has lost its address', () => {
    expect(run('seeds/003_2ab568e8ad747d79.txt').lines).toEqual([
      'markup-residue 9:198 empty link "IOM workplace culture | International Organization for Migration" (#): add the address or remove the link brackets',
    ])
  })

  it('004: no error; the link follows "at this link" two lines down, item 9 continues item 8 across the page break', () => {
    const { result, lines } = run('seeds/004_85fb80d637fbf5cc.txt')
    expect(result.errorCount).toBe(0)
    expect(only(lines, 'placeholder')).toEqual([])
    expect(only(lines, 'list-numbering')).toEqual([])
    expect(only(lines, 'split-item')).toEqual([
      'split-item 61:4 item continues on line 63 after a page break: join the two parts in the source',
      'split-item 103:3 item continues on line 105 after a page break: join the two parts in the source',
    ])
    expect(only(lines, 'markup-residue')).toEqual([
      'markup-residue 25:1 5 empty links ("Antigua and Barbuda", "Aruba (Netherlands)", "Botswana" and 2 more): add the addresses or remove the link brackets',
      'markup-residue 26:1 7 empty links ("Congo (the)", "Cook Islands", "Cuba" and 4 more): add the addresses or remove the link brackets',
      'markup-residue 27:1 5 empty links ("Holy See", "Iceland", "Kingdom of Eswatini" and 2 more): add the addresses or remove the link brackets',
      'markup-residue 28:1 5 empty links ("Democratic Republic (the)", "Latvia", "Libya" and 2 more): add the addresses or remove the link brackets',
      'markup-residue 29:1 5 empty links ("Micronesia (Federated States of)", "Montenegro", "Namibia" and 2 more): add the addresses or remove the link brackets',
      'markup-residue 30:1 3 empty links ("Saint Kitts and Nevis", "Saint Lucia", "Saint Vincent and the Grenadines"): add the addresses or remove the link brackets',
      'markup-residue 31:1 6 empty links ("Samoa", "Sao Tome and Principe", "Seychelles" and 3 more): add the addresses or remove the link brackets',
      'markup-residue 32:1 5 empty links ("Bahamas", "Timor-Leste", "Tonga" and 2 more): add the addresses or remove the link brackets',
      'markup-residue 123:1 footnote marker <sup>1</sup> left in the text: remove it or turn the note into a sentence',
    ])
    expect(lines).toHaveLength(11)
  })

  it('004 with paragraphs on: the context paragraph cut by the page break is reported too', () => {
    const { lines } = run('seeds/004_85fb80d637fbf5cc.txt', { 'split-item': { paragraphs: true } })
    expect(only(lines, 'split-item')[0]).toBe('split-item 42:1 paragraph continues on line 44 after a page break: join the two parts in the source')
    expect(only(lines, 'split-item')).toHaveLength(3)
  })
})

describe('duplicate-item', () => {
  it('compares items within and across sections: an exact repeat, a reordered copy, a duty repeated under skills', () => {
    expect(run('rules/lists-and-text/duplicates-across-sections.md').lines).toEqual([
      'duplicate-item 19:3 repeats the item on line 5 ("Prepare regular reports for donors on the progress…"): delete one of the two',
      'duplicate-item 25:3 nearly repeats the item on line 23 ("Excellent computer skills, including knowledge of MS Word,…"): keep one of the two or merge them',
      'duplicate-item 26:3 repeats the item on line 7 ("Perform other duties as may be assigned"): delete one of the two',
    ])
  })

  it('compares only the configured lists', () => {
    expect(run('rules/lists-and-text/duplicates-across-sections.md', { 'duplicate-item': { fields: ['skills'] } }).lines).toEqual([
      'duplicate-item 25:3 nearly repeats the item on line 23 ("Excellent computer skills, including knowledge of MS Word,…"): keep one of the two or merge them',
    ])
  })

  it('a prefix variant shorter than prefixWords and below the threshold is not a duplicate', () => {
    const { lines } = run('seeds/001_58b32094f285b7d1.txt', { 'duplicate-item': { threshold: 0.95, prefixWords: 25 } })
    expect(only(lines, 'duplicate-item')).toEqual([])
  })
})

describe('list-numbering', () => {
  it('reports a gap, a repeat, a restart, a missing letter and a list that starts at 3', () => {
    expect(only(run('rules/lists-and-text/numbering-mistakes.md').lines, 'list-numbering')).toEqual([
      'list-numbering 7:1 jumps from 2 to 4: renumber the list or restore the missing item 3',
      'list-numbering 13:1 repeats the number 6 from line 12: renumber the list',
      'list-numbering 15:1 restarts at 1 after 7 on line 14: continue with 8, or put a heading or sentence between the two lists',
      'list-numbering 29:1 jumps from b to d: renumber the list or restore the missing item c',
      'list-numbering 35:1 list starts at 3: number it from 1 or restore the missing items 1 and 2',
    ])
  })

  it('a list continued after a page break, in pasted HTML, a second list after a label and a roman "i." are fine', () => {
    expect(only(run('rules/lists-and-text/numbering-continues.txt').lines, 'list-numbering')).toEqual([])
  })

  it('checkStart off leaves a list that starts at 3 alone', () => {
    const { lines } = run('rules/lists-and-text/numbering-mistakes.md', { 'list-numbering': { checkStart: false } })
    expect(only(lines, 'list-numbering').map((line) => line.split(' ')[1])).toEqual(['7:1', '13:1', '15:1', '29:1'])
  })
})

describe('markup-residue', () => {
  it('tags, entities, empty links and footnote markers, one finding per line and kind; autolinks, code, units and directives are not residue', () => {
    expect(run('rules/lists-and-text/markup-residue.txt').lines).toEqual([
      'markup-residue 1:16 raw HTML tag <b>: write plain text or Markdown instead',
      'markup-residue 2:1 raw HTML tag <p>: write plain text or Markdown instead',
      'markup-residue 2:35 HTML entities &nbsp;, &amp;: replace them with the characters they stand for',
      'markup-residue 3:14 2 empty links ("IOM workplace culture", "the careers page"): add the addresses or remove the link brackets',
      'markup-residue 4:47 footnote marker ² left in the text: remove it or turn the note into a sentence',
    ])
  })

  it('allowTags lets a project keep some elements', () => {
    const { lines } = run('rules/lists-and-text/markup-residue.txt', { 'markup-residue': { allowTags: ['b', 'p'] } })
    expect(lines.map((line) => line.split(' ')[1])).toEqual(['2:35', '3:14', '4:47'])
  })
})

describe('placeholder', () => {
  it('fill-in brackets, TBD, templates, crosses, filler and a link promise without a link; acronyms and sizes are not placeholders', () => {
    const { result, lines } = run('rules/lists-and-text/placeholders.md')
    expect(lines).toEqual([
      'placeholder 3:15 "[insert duty station]" is a placeholder: replace it with the actual value',
      'placeholder 4:13 "TBD" is a placeholder: replace it with the actual value',
      'placeholder 5:8 "{{grade}}" is a placeholder: replace it with the actual value',
      'placeholder 6:17 "<<Supervisor name>>" is a placeholder: replace it with the actual value',
      'placeholder 7:20 "XXXX" is a placeholder: replace it with the actual value',
      'placeholder 11:1 "Lorem ipsum" is filler text: replace it with the real content',
      'placeholder 18:26 says "can be found at this link" but no link follows: add the address',
    ])
    expect(result.errorCount).toBe(7)
  })

  it('without look-ahead the address two lines below "at this link" in seed 004 no longer counts', () => {
    const { lines } = run('seeds/002_fe13132658dc064e.txt', { placeholder: { linkLookahead: 0 } })
    expect(lines).toHaveLength(1)
    const seed004 = run('seeds/004_85fb80d637fbf5cc.txt', { placeholder: { linkLookahead: 0 } }).lines
    expect(only(seed004, 'placeholder')).toEqual(['placeholder 147:28 says "can be found at this link" but no link follows: add the address'])
  })
})
