// French and Spanish vacancy notices (fixtures/i18n/) must come out in the same schema as English ones:
// the heading, label, date, degree and language vocabularies are per language, the output is not.
// Every expected value was read off the fixture.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

type Tor = ReturnType<typeof parse>['tor']

const cache = new Map<string, Tor>()
function load(name: string): Tor {
  const path = `fixtures/i18n/${name}`
  let tor = cache.get(path)
  if (!tor) {
    tor = parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'), { path }).tor
    cache.set(path, tor)
  }
  return tor
}
const names = (list: readonly { name: string }[]): string[] => list.map((c) => c.name)
const kindsAt = (tor: Tor): [string, number][] => tor.sections.map((s) => [s.kind, s.line])

describe('fr-vacancy.md: IOM vacancy notice in French', () => {
  const doc = () => load('fr-vacancy.md')

  it('detects French and the document type', () => {
    expect(doc().source).toEqual({ path: 'fixtures/i18n/fr-vacancy.md', format: 'markdown', language: 'fr' })
    expect(doc().documentType).toBe('vacancy-notice')
  })

  it('reads the French header labels and the French date', () => {
    const p = doc().position
    expect(p.title).toBe('Chargé(e) de programme (protection)')
    expect(p.dutyStation).toBe('Dakar, Sénégal')
    expect(p.grade).toBe('P-2')
    expect(p.appointmentType).toBe('Engagement de courte durée spécial, six mois avec possibilité de prolongation')
    // "As soon as possible" stays text, in the language it was written in.
    expect(p.startDate).toBe('Dès que possible')
    expect(p.closingDate).toBe('2022-02-09')
  })

  it('maps every French heading to its kind', () => {
    expect(kindsAt(doc())).toEqual(
      expect.arrayContaining([
        ['context', 10],
        ['responsibilities', 14],
        ['qualifications', 21],
        ['education', 23],
        ['experience', 28],
        ['languages', 34],
        ['competencies', 38],
        ['values', 40],
        ['coreCompetencies', 46],
      ]),
    )
    expect(doc().sections.filter((s) => s.kind === 'other')).toEqual([])
  })

  it('reads Contexte and Responsabilités', () => {
    expect(doc().context).toBe(
      "Le bureau de l'OIM au Sénégal met en œuvre un programme régional de protection et de réintégration des migrants de retour, en partenariat avec les autorités nationales et la société civile.",
    )
    const r = doc().responsibilities
    expect(r.map((i) => i.label)).toEqual(['1', '2', '3', '4'])
    expect(r[0]).toMatchObject({
      text: "Coordonner l'identification et l'orientation des migrants vulnérables vers les services spécialisés.",
      line: 16,
    })
    expect(r[3]?.text).toBe('Rédiger les rapports trimestriels destinés au bailleur de fonds.')
  })

  it('reads Formation (maîtrise / licence, French number words) and Expérience', () => {
    const q = doc().qualifications
    expect(q.education).toHaveLength(2)
    expect(q.education[1]?.line).toBe(26)
    expect(q.degreeLevels).toEqual(['master', 'bachelor'])
    expect(q.experience).toHaveLength(3)
    // "Maîtrise … avec deux années d'expérience" : two years with the highest degree.
    expect(q.minYearsExperience).toBe(2)
  })

  it('reads Langues as English names ("la maîtrise de l\'anglais" is fluency, not a degree)', () => {
    expect(doc().languages).toEqual({ required: ['English'], requiredOneOf: [], advantageous: ['Spanish'] })
  })

  it('reads Valeurs and Compétences fondamentales', () => {
    const { values, core, managerial } = doc().competencies
    expect(names(values)).toEqual(['Inclusion et respect de la diversité', 'Intégrité et transparence', 'Professionnalisme'])
    expect(values[0]).toMatchObject({ description: 'respecte et promeut les différences individuelles et culturelles.', line: 42 })
    expect(core).toHaveLength(5)
    expect(names(core)[0]).toBe("Travail d'équipe")
    expect(managerial).toEqual([])
  })
})

describe('es-vacancy.md: IOM vacancy notice in Spanish', () => {
  const doc = () => load('es-vacancy.md')

  it('detects Spanish and the document type', () => {
    expect(doc().source).toEqual({ path: 'fixtures/i18n/es-vacancy.md', format: 'markdown', language: 'es' })
    expect(doc().documentType).toBe('vacancy-notice')
  })

  it('reads the Spanish header labels and the Spanish date', () => {
    const p = doc().position
    expect(p.title).toBe('Oficial de Proyectos (Migración Laboral)')
    expect(p.dutyStation).toBe('Ciudad de Guatemala, Guatemala')
    expect(p.grade).toBe('NO-A')
    expect(p.appointmentType).toBe('Plazo fijo, un año con posibilidad de extensión')
    expect(p.startDate).toBe('Lo antes posible')
    expect(p.closingDate).toBe('2022-02-09')
  })

  it('maps every Spanish heading to its kind', () => {
    expect(kindsAt(doc())).toEqual(
      expect.arrayContaining([
        ['context', 10],
        ['responsibilities', 14],
        ['qualifications', 22],
        ['education', 24],
        ['experience', 29],
        ['languages', 35],
        ['competencies', 39],
        ['values', 41],
        ['coreCompetencies', 47],
      ]),
    )
    expect(doc().sections.filter((s) => s.kind === 'other')).toEqual([])
  })

  it('reads Contexto and Responsabilidades', () => {
    expect(doc().context).toBe(
      'La OIM en Guatemala apoya al Ministerio de Trabajo en el diseño de programas de movilidad laboral que protejan los derechos de las personas trabajadoras migrantes y de sus familias.',
    )
    const r = doc().responsibilities
    expect(r.map((i) => i.label)).toEqual(['1', '2', '3', '4', '5'])
    expect(r[0]).toMatchObject({
      text: 'Coordinar la implementación de las actividades del proyecto con las contrapartes gubernamentales.',
      line: 16,
    })
    expect(r[4]?.text).toBe('Preparar informes narrativos para el donante.')
  })

  it('reads Educación (maestría / licenciatura, Spanish number words) and Experiencia', () => {
    const q = doc().qualifications
    expect(q.education).toHaveLength(2)
    expect(q.education[0]?.line).toBe(26)
    expect(q.degreeLevels).toEqual(['master', 'bachelor'])
    expect(q.experience).toHaveLength(3)
    // "Maestría … con dos años de experiencia": two years with the highest degree.
    expect(q.minYearsExperience).toBe(2)
  })

  it('reads Idiomas as English names', () => {
    expect(doc().languages).toEqual({ required: ['English'], requiredOneOf: [], advantageous: ['French'] })
  })

  it('reads Valores and Competencias básicas', () => {
    const { values, core, managerial } = doc().competencies
    expect(names(values)).toEqual(['Inclusión y respeto por la diversidad', 'Integridad y transparencia', 'Profesionalismo'])
    expect(core).toHaveLength(5)
    expect(core[4]).toMatchObject({ name: 'Comunicación', description: 'fomenta una comunicación clara y abierta.', line: 53 })
    expect(managerial).toEqual([])
  })
})
