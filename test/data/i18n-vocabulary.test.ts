// The French and Spanish vocabulary issue 7 lists, word by word: every heading, field label, date form,
// degree word, language name and competency name a French or Spanish IOM document uses must be known to
// the built-in tables, and mean what its English counterpart means.
import { describe, expect, it } from 'vitest'
import { defaultData } from '../../src/index.js'
import { findDates, findDegrees, findLanguages } from '../../src/extract/index.js'
import { classifyHeading, fieldForLabel, vocabularyFor } from '../../src/segment/vocabulary.js'

const vocabulary = vocabularyFor(defaultData)
const kindOf = (heading: string): string | null => classifyHeading(vocabulary, heading, null)?.kind ?? null

describe('headings of vacancy notices and JPO ToRs', () => {
  it.each([
    ['Responsabilités', 'Responsabilidades', 'responsibilities'],
    ['Qualifications et expérience requises', 'Requisitos', 'qualifications'],
    ['Langues', 'Idiomas', 'languages'],
    ['Compétences', 'Competencias', 'competencies'],
    ['Valeurs', 'Valores', 'values'],
    ["Éléments de coaching et d'apprentissage", 'Elementos de orientación y aprendizaje', 'learningElements'],
    // JPO ToRs: "Training and learning" is the learning section.
    ['Formation et apprentissage', 'Capacitación y aprendizaje', 'learningElements'],
  ])('"%s" and "%s" open a %s section', (french, spanish, kind) => {
    expect(kindOf(french)).toBe(kind)
    expect(kindOf(spanish)).toBe(kind)
  })
  it('"Training and learning" is the English JPO learning section', () => {
    expect(kindOf('Training and learning')).toBe('learningElements')
  })
})

describe('headings of the IOM consultancy ToR, in its three languages', () => {
  // The English seed 002 uses this layout; the French and Spanish forms are IOM's own.
  it.each([
    ['Nature of the consultancy', 'Nature de la consultance', 'Naturaleza de la consultoría', 'context'],
    ['Project Context and Scope', 'Contexte et portée du projet', 'Contexto y alcance del proyecto', 'context'],
    [
      'Organizational Department / Unit to which the Consultant is contributing',
      'Département / Unité organisationnelle à laquelle le consultant contribue',
      'Departamento / Unidad organizacional a la que contribuye el consultor',
      'unit',
    ],
    [
      'Category B Consultants: Tangible and measurable outputs of the work assignment',
      'Consultants de catégorie B : Résultats tangibles et mesurables de la mission',
      'Consultores de categoría B: Productos tangibles y medibles de la asignación de trabajo',
      'responsibilities',
    ],
    ['Tangible and measurable outputs of the work assignment', 'Résultats tangibles et mesurables', 'Productos tangibles y medibles', 'responsibilities'],
    ['Tasks to be performed under this contract', 'Tâches à accomplir dans le cadre de ce contrat', 'Tareas por desempeñar', 'responsibilities'],
    [
      'Performance indicators for the evaluation of results',
      "Indicateurs de performance pour l'évaluation des résultats",
      'Indicadores de desempeño para la evaluación de resultados',
      'performanceIndicators',
    ],
    ['Education, Experience and/or skills required', 'Formation, expérience et/ou compétences requises', 'Educación, experiencia y/o habilidades requeridas', 'qualifications'],
    ['Travel required', 'Déplacements requis', 'Viajes requeridos', 'travel'],
    ['Competencies', 'Compétences', 'Competencias', 'competencies'],
  ])('"%s" / "%s" / "%s" open a %s section', (english, french, spanish, kind) => {
    expect([kindOf(english), kindOf(french), kindOf(spanish)]).toEqual([kind, kind, kind])
  })
  it('a numbered heading with a trailing colon is the same heading', () => {
    expect(kindOf('3. Nature de la consultance :')).toBe('context')
    expect(kindOf('7. Viajes requeridos:')).toBe('travel')
  })
})

describe('position-field labels', () => {
  it.each([
    ['Intitulé du poste', 'Título del puesto', 'title'],
    ['Intitulé de la consultance', 'Título de la consultoría', 'title'],
    ["Lieu d'affectation", 'Lugar de destino', 'dutyStation'],
    ["Lieu d'affectation de la consultance", 'Lugar de destino de la consultoría', 'dutyStation'],
    ['Date de clôture', 'Fecha de cierre', 'closingDate'],
    ['Durée de la consultance', 'Duración de la consultoría', 'duration'],
    ['Relève directement de', 'Reporta directamente a', 'reportsTo'],
    ['Secteur / Unité', 'Sector / Unidad', 'unit'],
  ])('"%s" and "%s" name the %s', (french, spanish, field) => {
    expect(fieldForLabel(vocabulary, french)).toBe(field)
    expect(fieldForLabel(vocabulary, spanish)).toBe(field)
  })
  it('"Duration of Consultancy" is the English consultancy label', () => {
    expect(fieldForLabel(vocabulary, 'Duration of Consultancy')).toBe('duration')
  })
})

describe('dates', () => {
  it.each([
    ['9 février 2022', '2022-02-09'],
    ['mercredi 9 février 2022', '2022-02-09'],
    ['1er mars 2023', '2023-03-01'],
    ['mercredi 1er mars 2023', '2023-03-01'],
    ['9 de febrero de 2022', '2022-02-09'],
    ['miércoles, 9 de febrero de 2022', '2022-02-09'],
    ['1 de marzo de 2023', '2023-03-01'],
    ['miércoles 1 de marzo de 2023', '2023-03-01'],
  ])('"%s" is %s', (text, iso) => {
    expect(findDates(text, defaultData).map((date) => date.iso)).toEqual([iso])
  })
})

describe('degree words', () => {
  const levels = (text: string) => findDegrees(text, defaultData).map((degree) => degree.level)
  it.each([
    ['Maîtrise en droit', 'master'],
    ['Master en sciences sociales', 'master'],
    ['Licence en économie', 'bachelor'],
    ['Doctorat en démographie', 'doctorate'],
    ['Baccalauréat et cinq ans d’expérience', 'secondary'],
    ['Maestría en Ciencias Sociales', 'master'],
    ['Licenciatura en Derecho', 'bachelor'],
    ['Doctorado en Economía', 'doctorate'],
    ['Título universitario en Trabajo Social', 'bachelor'],
  ])('"%s" names a %s', (text, level) => {
    expect(levels(text)).toEqual([level])
  })
})

describe('language names', () => {
  const names = (text: string) => findLanguages(text, defaultData).map((language) => language.name)
  it('French names become English canonical names', () => {
    expect(names("anglais, espagnol, français, arabe et portugais")).toEqual(['English', 'Spanish', 'French', 'Arabic', 'Portuguese'])
  })
  it('Spanish names become English canonical names', () => {
    expect(names('inglés, francés, español, árabe y portugués')).toEqual(['English', 'French', 'Spanish', 'Arabic', 'Portuguese'])
  })
})

describe('the IOM competency framework in French and Spanish', () => {
  const iom = defaultData.competencyFrameworks.find((framework) => framework.id === 'iom')!
  const published = (group: 'values' | 'core' | 'managerial', language: 'fr' | 'es') => iom[group].map((entry) => entry.names?.[language])
  it('has the 2023 values with their French and Spanish names', () => {
    expect(published('values', 'fr')).toEqual(['Inclusion et respect de la diversité', 'Intégrité et transparence', 'Professionnalisme', 'Courage', 'Empathie'])
    expect(published('values', 'es')).toEqual(['Inclusión y respeto por la diversidad', 'Integridad y transparencia', 'Profesionalismo', 'Valentía', 'Empatía'])
  })
  it('has the core competencies', () => {
    expect(published('core', 'fr')).toEqual(["Travail d'équipe", 'Obtention de résultats', 'Gestion et partage des connaissances', 'Responsabilité', 'Communication'])
    expect(published('core', 'es')).toEqual(['Trabajo en equipo', 'Obtención de resultados', 'Gestión e intercambio de conocimientos', 'Rendición de cuentas', 'Comunicación'])
  })
  it('has the managerial competencies, Humility added in 2023 and the 2018 "Empowering others & building trust" split in two', () => {
    expect(published('managerial', 'fr')).toEqual(['Leadership', "Autonomisation d'autrui et instauration de la confiance", "Autonomisation d'autrui", 'Instauration de la confiance', 'Réflexion stratégique et vision', 'Humilité'])
    expect(published('managerial', 'es')).toEqual(['Liderazgo', 'Empoderamiento de otros y fomento de la confianza', 'Empoderamiento de otros', 'Fomento de la confianza', 'Pensamiento estratégico y visión', 'Humildad'])
    expect(iom.managerial.map((entry) => entry.since ?? 2018)).toEqual([2018, 2018, 2023, 2023, 2018, 2023])
    expect(iom.managerial.map((entry) => entry.until ?? null)).toEqual([null, 2018, null, null, null, null])
    expect(iom.values.map((entry) => entry.since ?? 2018)).toEqual([2018, 2018, 2018, 2023, 2023])
  })
  it('matches a published name as a translation as well', () => {
    for (const group of ['values', 'core', 'managerial'] as const) {
      for (const entry of iom[group]) for (const name of Object.values(entry.names ?? {})) expect(entry.translations).toContain(name)
    }
  })
})

describe('the UN Secretariat framework in French and Spanish', () => {
  const un = defaultData.competencyFrameworks.find((framework) => framework.id === 'un-secretariat')!
  it('tags the French and Spanish names it has by language, so messages quote them on French and Spanish documents', () => {
    expect(un.values.map((entry) => entry.names?.fr)).toEqual(['Intégrité', 'Professionnalisme', 'Respect de la diversité'])
    expect(un.values.map((entry) => entry.names?.es)).toEqual(['Integridad', 'Profesionalismo', 'Respeto de la diversidad'])
    const tagged = un.core.filter((entry) => entry.names).map((entry) => entry.names!.fr)
    expect(tagged).toEqual(['Communication', "Esprit d'équipe", 'Planification et organisation', 'Responsabilité', 'Créativité', 'Souci du client', 'Volonté de se perfectionner', 'Ouverture à la technologie'])
    expect(un.core.find((entry) => entry.name === 'Accountability')!.names).toEqual({ fr: 'Responsabilité', es: 'Responsabilidad' })
    for (const group of ['values', 'core', 'managerial'] as const) {
      for (const entry of un[group]) for (const name of Object.values(entry.names ?? {})) expect(entry.translations).toContain(name)
    }
  })
})
