import { z } from 'zod'
import { defineRule, type Span } from './define.js'
import type { CompetencyFramework } from '../data/competencies.js'
import { perObject } from '../memo.js'
import type { Competency, SectionKind } from '../schema.js'
import { foldKey, listWords, nearestSpelling, spellingsOf, type Spelling } from './util/names.js'
import { organizationOf } from './util/organization.js'

type Group = 'values' | 'core' | 'managerial'
type Entry = CompetencyFramework['values'][number]

const GROUPS: Group[] = ['values', 'core', 'managerial']
const GROUP_NAMES: Record<Group, { plural: string }> = {
  values: { plural: 'values' },
  core: { plural: 'core competencies' },
  managerial: { plural: 'managerial competencies' },
}
const GROUP_SECTIONS: Record<Group, SectionKind> = { values: 'values', core: 'coreCompetencies', managerial: 'managerialCompetencies' }

/** "Empowering others & building trust" and "empowering others and building trust" are one name. */
function nameKey(name: string): string {
  return foldKey(name).replace(/(?<!\s)\s*&\s*/g, ' and ').replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}

function spellings(entry: Entry): string[] {
  return [entry.name, ...entry.translations]
}

/** The entry as the organisation names it in the document's language: messages quote what the reader writes. */
function nameIn(entry: Entry, language: string): string {
  return entry.names?.[language] ?? entry.name
}

/** The entry one of whose spellings is `spelling`. */
function entrySpelt(entries: Entry[], spelling: string): Entry | undefined {
  return entries.find((entry) => prepare(entry).folded.some((folded) => folded.candidate === spelling))
}

interface Prepared {
  /** The name keys of its spellings. */
  keys: Set<string>
  /** Its spellings, folded for the edit distance. */
  folded: Spelling[]
}

/** A framework entry's spellings as keys, computed once per entry of the table. */
const prepare = perObject((entry: Entry): Prepared => ({ keys: new Set(spellings(entry).map(nameKey)), folded: spellingsOf(spellings(entry)) }))

/** Whether a framework entry is spelt as the name whose `nameKey` is `key`. */
function matches(entry: Entry, key: string): boolean {
  return prepare(entry).keys.has(key)
}

/**
 * The entries a complete list has: a framework revision adds entries (`since`), and a list is judged
 * against the oldest revision that has every entry it names, so the 2018 IOM values stay complete.
 */
function expectedEntries(entries: Entry[], named: Entry[]): Entry[] {
  const revision = Math.max(0, ...named.map((entry) => entry.since ?? 0))
  // An entry a later revision replaced ("Empowering others & building trust", split in 2023) is expected
  // only of lists from before it, or of one that names it; a list that names it does not need what
  // replaced it.
  const oldest = Math.min(Number.POSITIVE_INFINITY, ...named.map((entry) => entry.until ?? Number.POSITIVE_INFINITY))
  return entries.filter(
    (entry) =>
      named.includes(entry) ||
      ((entry.since ?? 0) <= revision && (entry.until === undefined || entry.until >= revision) && (entry.since ?? 0) <= oldest),
  )
}

// A list that has most of a group is meant to be the whole group; a short selection is left alone.
function looksComplete(found: number, expected: number): boolean {
  return found >= 2 && expected - found <= 2 && found > expected - found
}

function nameSpan(competency: Competency): Span {
  return { line: competency.line, column: competency.column, endLine: competency.line, endColumn: competency.column + competency.name.length }
}

export default defineRule({
  id: 'competency-framework',
  severity: 'warn',
  description: 'A value or competency is not named as in the organisation’s competency framework, or one is missing from a list that has the others.',
  help: [
    'Values and competencies are assessed at interview against the organisation’s framework, so their names must be the framework’s own.',
    'A misspelt or renamed competency ("Teamwrok") should be corrected; a list that has all but one of the core competencies has lost one.',
    'IOM notices may use the 2018 values (three) or the 2023 ones (five, with Courage and Empathy): both are complete.',
    'The framework is chosen by the `framework` option, else by the organisation of the notice; when neither is known, only near-misses of a known name are reported.',
  ].join(' '),
  tags: ['competencies', 'consistency'],
  options: z
    .object({
      framework: z.string().nullable().default(null).describe('Id of the competency framework to check against; detected from the organisation when null'),
    })
    .strict(),
  examples: {
    bad: [
      {
        text: '# Officer\n\nIOM (International Organization for Migration)\n\n## Core Competencies\n\n- Teamwrok: develops effective collaboration.\n- Delivering results: produces quality results.\n- Managing and sharing knowledge: seeks to learn.\n- Communication: encourages open communication.\n',
        messages: [
          '5:4 "Accountability" is missing from the core competencies, which list 4 of the 5 IOM ones: add it',
          '7:3 "Teamwrok" is not among the IOM core competencies: write "Teamwork"',
        ],
      },
      {
        text: '## Values\n\n- Integrity: acts ethically.\n- Professionalism: works competently.\n- Respect for diversity: respects differences.\n- Accountabilty: owns results.\n',
        messages: ['6:3 "Accountabilty" is not among the values of any known framework: write "Accountability"'],
      },
      {
        // A Spanish notice hears the name IOM publishes in Spanish.
        text: '# Oficial de Proyectos\n\nOrganización Internacional para las Migraciones (OIM)\n\n## Competencias básicas\n\n- Trabajo en equipo: desarrolla la colaboración dentro de las unidades y entre ellas.\n- Obtención de resultados: produce resultados de calidad de manera oportuna.\n- Gestión e intercambio de conocimientos: busca aprender y compartir lo que sabe.\n- Comunicación: fomenta una comunicación clara y abierta.\n',
        messages: ['5:4 "Rendición de cuentas" is missing from the core competencies, which list 4 of the 5 IOM ones: add it'],
      },
      {
        // UNESCO's own core competencies include Innovation, which the UN Secretariat's do not.
        text: '# Programme Specialist\n\nUNESCO\n\n## Core Competencies\n\n- Accountability\n- Communication\n- Knowledge sharing and continuous improvement\n- Planning and organizing\n- Results focus\n- Teamwork\n',
        messages: ['5:4 "Innovation" is missing from the core competencies, which list 6 of the 7 UNESCO ones: add it'],
      },
      {
        // A near miss in an English notice is corrected to the English name, whatever spelling it is nearest.
        text: '# Officer\n\nIOM (International Organization for Migration)\n\n## Values\n\n- Inclusion and respect for diversity: respects differences.\n- Integrité et transparance: acts ethically.\n- Professionalism: works competently.\n',
        messages: ['8:3 "Integrité et transparance" is not among the IOM values: write "Integrity and transparency"'],
      },
    ],
    good: [
      {
        text: '## Values\n\n- Inclusion and respect for diversity: respects differences.\n- Integrity and transparency: acts ethically.\n- Professionalism: works competently.\n',
        options: { framework: 'iom' },
      },
      {
        // The UN Secretariat's French names: "Responsabilité" is Accountability.
        text: "# Spécialiste des affaires politiques\n\nOrganisation des Nations Unies\n\n## Compétences\n\n- Communication : s'exprime clairement et efficacement.\n- Esprit d'équipe : travaille en collaboration avec ses collègues.\n- Planification et organisation : fixe des objectifs clairs.\n- Responsabilité : assume toutes les responsabilités qui lui sont confiées.\n- Créativité : cherche activement à améliorer les programmes.\n- Souci du client : considère les bénéficiaires comme des clients.\n- Volonté de se perfectionner : se tient au courant de l'évolution de son domaine.\n- Ouverture à la technologie : se tient au courant des innovations technologiques.\n",
        options: { framework: 'un-secretariat' },
      },
      {
        // IOM's 2023 managerial competencies list the two halves of "Empowering others & building trust" apart.
        text: '## Managerial Competencies\n\n- Leadership: gives direction.\n- Empowering others: creates an enabling environment.\n- Building trust: promotes shared values.\n- Strategic thinking and vision: works strategically.\n- Humility: leads with humility.\n',
        options: { framework: 'iom' },
      },
      {
        text: '## Values\n\n- Inclusion and respect for diversity: respects differences.\n- Integrity and transparency: acts ethically.\n- Professionalism: works competently.\n- Courage: takes a stand.\n- Empathy: shows compassion.\n',
        options: { framework: 'iom' },
      },
    ],
  },
  check({ doc, data, options, report }) {
    let frameworks: CompetencyFramework[]
    if (options.framework) {
      const id = foldKey(options.framework)
      frameworks = data.competencyFrameworks.filter((framework) => foldKey(framework.id) === id)
    } else {
      const organization = organizationOf(doc, data, null)
      const key = organization ? foldKey(organization) : null
      frameworks = key ? data.competencyFrameworks.filter((framework) => foldKey(framework.organization) === key) : []
      // An organisation without a framework here (UNDP, WFP...) has its own names: nothing to compare.
      if (key && frameworks.length === 0) return
    }
    // Unknown organisation: any framework may apply, so only near-misses of a known name are reported.
    if (frameworks.length === 0) frameworks = data.competencyFrameworks
    const single = frameworks.length === 1 ? frameworks[0]! : null
    const language = doc.tor.source.language

    for (const group of GROUPS) {
      const listed = doc.tor.competencies[group]
      if (listed.length === 0) continue
      const names = GROUP_NAMES[group]
      const where = single ? `the ${single.organization} ${names.plural}` : `the ${names.plural} of any known framework`
      // Which framework entry each listed name stands for, misspelt ones included.
      const resolved = new Map<CompetencyFramework, Set<Entry>>(frameworks.map((framework) => [framework, new Set<Entry>()]))

      for (const competency of listed) {
        const key = nameKey(competency.name)
        // An item without a "Name:" lead is a sentence, not a name; the framework's long French and
        // Spanish names are names.
        if (competency.name.split(/\s+/).length > 6 && !frameworks.some((framework) => GROUPS.some((other) => framework[other].some((entry) => matches(entry, key))))) continue
        let known = false
        for (const framework of frameworks) {
          const entry = framework[group].find((candidate) => matches(candidate, key))
          if (entry) {
            resolved.get(framework)!.add(entry)
            known = true
          }
        }
        if (known) continue
        const elsewhere = single ? GROUPS.find((other) => single[other].some((entry) => matches(entry, key))) : undefined
        if (elsewhere) {
          report(nameSpan(competency), `"${competency.name}" is one of the ${single!.organization} ${GROUP_NAMES[elsewhere].plural}, not the ${names.plural}: move it there`)
          continue
        }
        const candidates = frameworks.flatMap((framework) => framework[group].flatMap((entry) => prepare(entry).folded))
        const close = nearestSpelling(foldKey(competency.name), candidates, Math.max(2, Math.floor(competency.name.length / 5)))
        if (close) {
          const closeKey = nameKey(close.candidate)
          for (const framework of frameworks) {
            const entry = framework[group].find((candidate) => matches(candidate, closeKey))
            if (entry) resolved.get(framework)!.add(entry)
          }
          // The near spelling may be another language's: suggest the name the document's language uses.
          const entry = entrySpelt(frameworks.flatMap((framework) => framework[group]), close.candidate)
          report(nameSpan(competency), `"${competency.name}" is not among ${where}: write "${entry ? nameIn(entry, language) : close.candidate}"`)
        } else if (single) {
          // The current names: not those a later revision replaced.
          const official = listWords(single[group].filter((entry) => entry.until === undefined).map((entry) => nameIn(entry, language)), 'or')
          report(nameSpan(competency), `"${competency.name}" is not among ${where}: use one of the framework's names (${official})`)
        }
      }

      // Missing entries: against the framework whose names the list uses most.
      let best: { framework: CompetencyFramework; named: Entry[] } | null = null
      for (const [framework, entries] of resolved) {
        if (!best || entries.size > best.named.length) best = { framework, named: [...entries] }
      }
      if (!best) continue
      const expected = expectedEntries(best.framework[group], best.named)
      const missing = expected.filter((entry) => !best.named.includes(entry))
      if (missing.length === 0 || !looksComplete(best.named.length, expected.length)) continue
      const section = doc.segmented.sections.find((candidate) => candidate.kind === GROUP_SECTIONS[group])
        ?? doc.segmented.sections.find((candidate) => candidate.kind === 'competencies')
      const at: Span = section && section.line <= listed[0]!.line
        ? { line: section.line, column: section.column, endLine: section.line, endColumn: section.column + section.heading.length }
        : nameSpan(listed[0]!)
      const quoted = listWords(missing.map((entry) => `"${nameIn(entry, language)}"`), 'and')
      const verb = missing.length === 1 ? 'is' : 'are'
      report(at, `${quoted} ${verb} missing from the ${names.plural}, which list ${best.named.length} of the ${expected.length} ${best.framework.organization} ones: add ${missing.length === 1 ? 'it' : 'them'}`)
    }
  },
})
