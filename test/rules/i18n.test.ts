// Every rule on the French and Spanish fixtures (fixtures/i18n/), with the default configuration: the
// exact findings a careful reader of each document expects, and none other. Messages stay in English but
// quote the document's own words (its dates, its language names, its competency names, its labels).
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { lint } from '../../src/index.js'

function read(name: string): string {
  return readFileSync(new URL(`../../fixtures/i18n/${name}`, import.meta.url), 'utf8')
}

/** Every finding as `line:column severity ruleId message`, in the engine's order. */
function findings(name: string, text = read(name)): string[] {
  return lint(text, { path: `fixtures/i18n/${name}` }).messages.map((m) => `${m.line}:${m.column} ${m.severity} ${m.ruleId} ${m.message}`)
}
const errors = (list: string[]) => list.filter((finding) => / error /.test(finding))

describe('vacancy notices', () => {
  it('fr-vacancy.md is complete: only the supervisor is missing, and the French label is suggested', () => {
    expect(findings('fr-vacancy.md')).toEqual(['3:1 warning required-field no supervisor is stated: a "Relève de :" line naming the supervisor is recommended'])
  })

  it('es-vacancy.md is complete: only the supervisor is missing, and the Spanish label is suggested', () => {
    expect(findings('es-vacancy.md')).toEqual(['3:1 warning required-field no supervisor is stated: a "Reporta a:" line naming the supervisor is recommended'])
  })

  it('fr-vacancy.md without its "Date de clôture" line: a vacancy notice must close', () => {
    const text = read('fr-vacancy.md').replace('Date de clôture : **9 février 2022**\n', '')
    expect(errors(findings('fr-vacancy.md', text))).toEqual([
      '3:1 error required-field no closing date is stated: add a "Date de clôture :" line with the application deadline',
    ])
  })

  it('es-vacancy.md with its deadline only in the text: the Spanish date is quoted', () => {
    const text = read('es-vacancy.md').replace('Fecha de cierre : **9 de febrero de 2022**\n', '') + '\n## Cómo postular\n\nEnvíe su solicitud a más tardar el 9 de febrero de 2022.\n'
    expect(errors(findings('es-vacancy.md', text))).toEqual([
      '3:1 error required-field the closing date is only in the text ("9 de febrero de 2022", line 56): add a "Fecha de cierre:" line with it',
    ])
  })

  it('fr-vacancy.md asking for a language twice: the French word is quoted', () => {
    const text = read('fr-vacancy.md').replace("La connaissance pratique de l'espagnol est un atout.", "La connaissance de l'anglais est un atout.")
    expect(findings('fr-vacancy.md', text)).toContainEqual(
      '36:76 warning language-requirement "anglais" is listed as both required and an advantage: keep it in one of the two',
    )
  })

  it('fr-vacancy.md without its competencies: the missing section is placed after the French heading', () => {
    const text = read('fr-vacancy.md').replace(/## \*\*Compétences\*\*[\s\S]*$/, '')
    expect(errors(findings('fr-vacancy.md', text))).toEqual([
      '34:6 error required-section no competencies section: add the values and competencies required after "Langues"',
    ])
  })

  it('es-vacancy.md asking for no official language of IOM', () => {
    const text = read('es-vacancy.md').replace('Para este puesto se requiere dominio del inglés (oral y escrito). El conocimiento del francés es deseable.', 'Se requiere dominio del quiché.')
    expect(findings('es-vacancy.md', text)).toContainEqual(
      '35:6 warning language-requirement no official language of IOM is required: state that fluency in English, French or Spanish is required',
    )
  })
})

describe('JPO ToRs', () => {
  it('fr-jpo.txt: pasted HTML and footnote markers, and a misspelt value corrected to its French name', () => {
    expect(findings('fr-jpo.txt')).toEqual([
      '20:1 warning markup-residue raw HTML tag <p>: write plain text or Markdown instead',
      '46:1 warning markup-residue raw HTML tag <ul>: write plain text or Markdown instead',
      '48:1 warning markup-residue raw HTML tag <ul>: write plain text or Markdown instead',
      '54:17 warning markup-residue footnote marker ¹ left in the text: remove it or turn the note into a sentence',
      '55:1 warning markup-residue raw HTML tag <p>: write plain text or Markdown instead',
      '58:3 warning competency-framework "Intégrité et transparance" is not among the IOM values: write "Intégrité et transparence"',
      '63:1 warning markup-residue footnote marker ¹ left in the text: remove it or turn the note into a sentence',
    ])
  })

  it('es-jpo.md: the deadline in "Cómo postular" is not the closing date of the table', () => {
    expect(errors(findings('es-jpo.md'))).toEqual([
      '97:118 error date-consistency says to apply by "1 de marzo de 2023" but the closing date is "15 de marzo de 2023" (line 15): use the same date',
    ])
    // The rest is the HTML of the two lists: <ul> and <li> tags on lines 45-48 and 52-56.
    expect(findings('es-jpo.md').filter((finding) => !/ error /.test(finding))).toEqual(
      [45, 46, 47, 48, 52, 53, 54, 55, 56].map((line) => `${line}:1 warning markup-residue raw HTML tag <${[45, 48, 52, 56].includes(line) ? 'ul' : 'li'}>: write plain text or Markdown instead`),
    )
  })

  it('es-jpo.md with both dates the same has no error', () => {
    expect(errors(findings('es-jpo.md', read('es-jpo.md').replace('a más tardar el 1 de marzo de 2023', 'a más tardar el 15 de marzo de 2023')))).toEqual([])
  })
})

describe('consultancy ToRs', () => {
  it('fr-consultancy.txt: no duty station, as in the English seed 002; the French label is suggested', () => {
    expect(findings('fr-consultancy.txt')).toEqual([
      '2:1 error required-field no duty station is stated: add a "Lieu d\'affectation :" line saying where the position is based',
      '2:1 warning required-field no supervisor is stated: a "Relève de :" line naming the supervisor is recommended',
    ])
  })

  it('fr-consultancy.txt announcing five values but listing three: the French announcement is quoted', () => {
    const text = read('fr-consultancy.txt').replace('à ces trois valeurs', 'à ces cinq valeurs')
    expect(errors(findings('fr-consultancy.txt', text))).toContainEqual(
      '24:368 error count-mismatch says "ces cinq valeurs" but 3 follow: change the number to 3 or complete the list',
    )
  })

  it('es-consultancy.txt: the core competencies leave out "Rendición de cuentas", named as IOM names it in Spanish', () => {
    expect(findings('es-consultancy.txt')).toEqual([
      '4:1 warning required-field no supervisor is stated: a "Reporta a:" line naming the supervisor is recommended',
      '70:1 warning competency-framework "Rendición de cuentas" is missing from the core competencies, which list 4 of the 5 IOM ones: add it',
    ])
  })
})

describe('a French notice of the UN Secretariat', () => {
  it("names the framework's values in French, the names the UN publishes", () => {
    const text = [
      'Avis de vacance de poste',
      '',
      'Titre du poste : Spécialiste des affaires économiques',
      "Organisation : Secrétariat de l'Organisation des Nations Unies",
      "Lieu d'affectation : Genève",
      '',
      '## Contexte',
      '',
      "Le poste est situé dans la division de la statistique. Le titulaire relève du chef de la section et travaille avec les équipes des pays de la région pour la collecte et l'analyse des données.",
      '',
      '## Valeurs fondamentales',
      '',
      '- Intégrité',
      '- Honnêteté',
    ].join('\n')
    expect(lint(text, { path: 'un-fr.md' }).messages.some((m) => m.message.includes('"Date de clôture :"'))).toBe(true) // read as French
    const found = findings('un-fr.md', text).filter((finding) => finding.includes('competency-framework'))
    expect(found).toEqual([
      '14:3 warning competency-framework "Honnêteté" is not among the UN values: use one of the framework\'s names (Intégrité, Professionnalisme or Respect de la diversité)',
    ])
  })
})
