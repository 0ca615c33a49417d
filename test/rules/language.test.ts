// The language family on the five seed documents and on small fixtures named after what they show:
// language-requirement, competency-framework, foreign-language and inclusive-language.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { lint, ruleById } from '../../src/index.js'
import { resolveConfig } from '../../src/config/resolve.js'
import type { RuleEntry } from '../../src/config/schema.js'

const FAMILY = ['language-requirement', 'competency-framework', 'foreign-language', 'inclusive-language']

const seed = (name: string) => readFileSync(new URL(`../../fixtures/seeds/${name}`, import.meta.url), 'utf8')
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/rules/language/${name}`, import.meta.url), 'utf8')

/** Findings of the given rules at their default severity (options for the first rule when given), as `id line:column message`. */
function findings(text: string, path: string, ids: string[] = FAMILY, options?: unknown): string[] {
  const rules = ids.map((id) => ruleById(id)!)
  const entries: Record<string, RuleEntry> = {}
  rules.forEach((rule, index) => {
    entries[rule.id] = index === 0 && options !== undefined ? [rule.severity, options] : rule.severity
  })
  const config = resolveConfig({ config: { rules: entries }, source: 'test', rules })
  return lint(text, { path, rules, config }).messages.map((message) => `${message.ruleId} ${message.line}:${message.column} ${message.message}`)
}

describe('the language family on the seeds', () => {
  it('000: his/her in the responsibilities and the German closing lines of the JPO office', () => {
    expect(findings(seed('000_b57d233953506967.txt'), '000.txt')).toEqual([
      'inclusive-language 43:75 "his/her" is gendered wording: write "their"',
      'foreign-language 123:3 "Bitte senden Sie Ihre JPO-Bewerbung direkt…" is in German, not English like the rest of the document: translate it or remove it',
    ])
  })

  it('001: the same two findings; the English text with GMDAC and the letterhead in three languages is not foreign', () => {
    expect(findings(seed('001_58b32094f285b7d1.txt'), '001.txt')).toEqual([
      'inclusive-language 36:75 "his/her" is gendered wording: write "their"',
      'foreign-language 80:3 "Bitte senden Sie Ihre JPO-Bewerbung direkt…" is in German, not English like the rest of the document: translate it or remove it',
    ])
  })

  it('002: an IOM consultancy that requires only "the local language" and calls English an advantage', () => {
    expect(findings(seed('002_fe13132658dc064e.txt'), '002.txt')).toEqual([
      'language-requirement 39:148 no official language of IOM is required (English is only an advantage): state that fluency in English, French or Spanish is required',
    ])
  })

  it('002: its five 2023 values and five core competencies are a complete IOM framework', () => {
    expect(findings(seed('002_fe13132658dc064e.txt'), '002.txt', ['competency-framework'])).toEqual([])
  })

  it('003: "fluent in one of the IOM\'s official languages" satisfies the official-language check', () => {
    expect(findings(seed('003_2ab568e8ad747d79.txt'), '003.txt')).toEqual([])
  })

  it('004: nothing from the family, and in particular no error', () => {
    const text = seed('004_85fb80d637fbf5cc.txt')
    expect(findings(text, '004.txt')).toEqual([])
    const rules = FAMILY.map((id) => ruleById(id)!)
    expect(lint(text, { path: '004.txt', rules }).errorCount).toBe(0)
  })
})

describe('language-requirement', () => {
  it('suggests the closest name for misspelt languages, but leaves countries alone (Germany, Russia)', () => {
    expect(findings(fixture('misspelt-language-names.md'), 'x.md', ['language-requirement'])).toEqual([
      'language-requirement 5:31 "Englsh" is not a language name: write "English"',
      'language-requirement 7:22 "Frensh" is not a language name: write "French"',
      'language-requirement 7:32 "Portugese" is not a language name: write "Portuguese"',
    ])
  })

  it('points at the advantage when a language is both required and advantageous', () => {
    expect(findings(fixture('required-and-advantageous.md'), 'x.md', ['language-requirement'])).toEqual([
      'language-requirement 13:22 "French" is listed as both required and an advantage: keep it in one of the two',
    ])
  })

  it('reads the organisation from the text, or from the organization option', () => {
    const text = fixture('no-official-language.md')
    expect(findings(text, 'x.md', ['language-requirement'])).toEqual([
      'language-requirement 5:4 no official language of IOM is required: state that fluency in English, French or Spanish is required',
    ])
    expect(findings(text, 'x.md', ['language-requirement'], { organization: 'UN' })).toEqual([
      'language-requirement 5:4 no official language of UN is required (Russian is only an advantage): state that fluency in Arabic, Chinese, English, French, Russian or Spanish is required',
    ])
  })
})

describe('competency-framework', () => {
  it('reports a misspelt name, a name outside the framework and what a nearly complete list lacks', () => {
    expect(findings(fixture('competency-names.md'), 'x.md', ['competency-framework'])).toEqual([
      'competency-framework 7:5 "Empathy" is missing from the values, which list 4 of the 5 IOM ones: add it',
      'competency-framework 14:5 "Accountability" is missing from the core competencies, which list 4 of the 5 IOM ones: add it',
      'competency-framework 16:3 "Teamwrok" is not among the IOM core competencies: write "Teamwork"',
      'competency-framework 24:3 "Creativity" is not among the IOM managerial competencies: use one of the framework\'s names (Leadership, Empowering others, Building trust, Strategic thinking and vision or Humility)',
    ])
  })

  it('checks against the framework the option names', () => {
    const text = '## Core Competencies\n\n- Teamwork: works with others.\n- Communication: explains clearly.\n- Accountability: owns results.\n- Creativity: innovates.\n'
    expect(findings(text, 'x.md', ['competency-framework'], { framework: 'iom' })).toEqual([
      'competency-framework 1:4 "Delivering results" and "Managing and sharing knowledge" are missing from the core competencies, which list 3 of the 5 IOM ones: add them',
      'competency-framework 6:3 "Creativity" is not among the IOM core competencies: use one of the framework\'s names (Teamwork, Delivering results, Managing and sharing knowledge, Accountability or Communication)',
    ])
    expect(findings(text, 'x.md', ['competency-framework'], { framework: 'un-secretariat' })).toEqual([])
  })

  it('says where a competency of another group belongs', () => {
    const text = '## Values\n\n- Inclusion and respect for diversity: respects differences.\n- Integrity and transparency: acts ethically.\n- Professionalism: works competently.\n- Teamwork: works with others.\n'
    expect(findings(text, 'x.md', ['competency-framework'], { framework: 'iom' })).toEqual([
      'competency-framework 6:3 "Teamwork" is one of the IOM core competencies, not the values: move it there',
    ])
  })
})

describe('foreign-language', () => {
  it('reports a French paragraph in an English notice, once, with its opening words', () => {
    expect(findings(fixture('french-paragraph.md'), 'x.md', ['foreign-language'])).toEqual([
      'foreign-language 12:1 "Les candidatures doivent être envoyées au…" is in French, not English like the rest of the document: translate it or remove it',
    ])
  })

  it('finds a short German line right under a long English paragraph', () => {
    const text = '## Responsibilities\n\nThe officer will support the unit in collecting, analysing and publishing data on migration flows in the region and beyond.\nBitte senden Sie Ihre Bewerbung direkt an das Büro.\n'
    expect(findings(text, 'x.txt', ['foreign-language'])).toEqual([
      'foreign-language 4:1 "Bitte senden Sie Ihre Bewerbung direkt…" is in German, not English like the rest of the document: translate it or remove it',
    ])
  })

  it('leaves a language the allow option names', () => {
    expect(findings(fixture('french-paragraph.md'), 'x.md', ['foreign-language'], { allow: ['fr'] })).toEqual([])
  })
})

describe('inclusive-language', () => {
  it('reports each gendered term with its neutral form, keeping the capital, and not "humankind"', () => {
    expect(findings(fixture('gendered-wording.md'), 'x.md', ['inclusive-language'])).toEqual([
      'inclusive-language 5:40 "Chairman" is gendered wording: write "Chair"',
      'inclusive-language 5:76 "He/she" is gendered wording: write "They"',
      'inclusive-language 5:97 "manpower" is gendered wording: write "workforce"',
      'inclusive-language 7:1 "S/he" is gendered wording: write "They"',
      'inclusive-language 7:35 "mankind" is gendered wording: write "humankind"',
      'inclusive-language 7:87 "his or her" is gendered wording: write "their"',
    ])
  })

  it('sums masculine-coded words into one finding at the first of them', () => {
    expect(findings(fixture('masculine-coded.md'), 'x.md', ['inclusive-language'])).toEqual([
      'inclusive-language 5:3 the wording leans masculine (15 masculine-coded words such as "lead", "ambitious", "competitive", 2 feminine-coded), which can deter women from applying: rephrase some of them',
    ])
    expect(findings(fixture('masculine-coded.md'), 'x.md', ['inclusive-language'], { threshold: 20 })).toEqual([])
  })

  it('does not count the standard competency text of the organisation', () => {
    const text = fixture('coded-words-in-competencies.md')
    expect(findings(text, 'x.md', ['inclusive-language'])).toEqual([])
    expect(findings(text, 'x.md', ['inclusive-language'], { skipSections: [] })).toEqual([
      'inclusive-language 12:3 the wording leans masculine (6 masculine-coded words such as "leadership", "leads", "decisive", 1 feminine-coded), which can deter women from applying: rephrase some of them',
    ])
  })

  it('reports a feminine lean only when asked: "support" is what most ToRs are about', () => {
    expect(findings(seed('002_fe13132658dc064e.txt'), '002.txt', ['inclusive-language'])).toEqual([])
    expect(findings(seed('002_fe13132658dc064e.txt'), '002.txt', ['inclusive-language'], { lean: 'both' })).toEqual([
      'inclusive-language 2:54 the wording leans feminine (32 feminine-coded words such as "support", "understanding", "committed", 15 masculine-coded), which can deter some candidates from applying: rephrase some of them',
    ])
  })
})
