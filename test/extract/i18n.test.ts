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

// The JPO and consultancy ToRs below come in the shapes real drafts have: a plain-text JPO ToR with
// "label<TAB>value" rows, Roman-numeral headings and pasted HTML; a consultancy ToR with its headings glued
// to the end of the previous line; a Markdown JPO ToR with a position table and HTML lists; a hard-wrapped
// plain-text consultancy ToR. Each expected value was read off the fixture, line by line.
const emptyPosition = {
  title: null, organization: null, unit: null, dutyStation: null, reportsTo: null, grade: null, appointmentType: null,
  duration: null, startDate: null, closingDate: null, postingFrom: null, postingTo: null, vacancyNumber: null,
}
const texts = (items: readonly { text: string }[]): string[] => items.map((item) => item.text)
const lines = (items: readonly { line: number }[]): number[] => items.map((item) => item.line)

describe('fr-jpo.txt: IOM JPO ToR in French, plain text with tab rows and Roman-numeral headings', () => {
  const doc = () => load('fr-jpo.txt')

  it('detects French and a JPO ToR', () => {
    expect(doc().source).toEqual({ path: 'fixtures/i18n/fr-jpo.txt', format: 'text', language: 'fr' })
    expect(doc().documentType).toBe('jpo-tor')
  })

  it('reads the "label<TAB>value" rows of section I', () => {
    expect(doc().position).toEqual({
      ...emptyPosition,
      title: 'JPO, Chargé(e) de programme Migration, environnement et changement climatique',
      organization: 'OIM (Organisation internationale pour les migrations)',
      unit: 'Migration, environnement et changement climatique (MECC)',
      dutyStation: 'Niamey, Niger',
      reportsTo: 'Chef de mission, OIM Niger',
      // The row goes on with a note on the extension: the field is its first sentence.
      duration: "2 ans, avec possibilité de prolongation d'une année",
    })
    expect(doc().positionLocations).toEqual({
      title: { line: 12, column: 19 },
      organization: { line: 13, column: 14 },
      unit: { line: 14, column: 17 },
      dutyStation: { line: 15, column: 20 },
      reportsTo: { line: 16, column: 23 },
      duration: { line: 17, column: 7 },
    })
  })

  it('maps the capitalised Roman-numeral headings and the subheadings to their kinds', () => {
    expect(kindsAt(doc())).toEqual([
      ['other', 7],
      ['other', 9],
      ['position', 11],
      ['context', 19],
      ['learningElements', 22],
      ['responsibilities', 31],
      ['qualifications', 44],
      ['education', 45],
      ['experience', 47],
      ['languages', 49],
      ['languagesRequired', 50],
      ['languagesAdvantageous', 52],
      ['competencies', 54],
      // "<p>Valeurs - tous les membres ...": the heading starts a pasted HTML paragraph.
      ['values', 55],
      ['coreCompetencies', 65],
      ['managerialCompetencies', 73],
    ])
    expect(doc().sections.find((section) => section.kind === 'values')?.column).toBe(84)
  })

  it('reads the context from the pasted <p> paragraphs', () => {
    expect(doc().context).toBe(
      "Le Niger est à la fois un pays d'origine, de transit et de destination des migrations en Afrique de l'Ouest. La dégradation des terres, les sécheresses répétées et les inondations y déplacent chaque année des milliers de personnes.\n" +
        "Le bureau de l'OIM à Niamey appuie le Gouvernement dans l'intégration de la mobilité humaine aux politiques nationales d'adaptation au changement climatique et de réduction des risques de catastrophe.",
    )
    expect(doc().contextLocation).toEqual({ line: 20, column: 4 })
  })

  it('reads the learning elements and the six numbered duties, not their introductions', () => {
    expect(lines(doc().learningElements)).toEqual([26, 27, 28, 29])
    expect(doc().learningElements[0]?.text).toBe(
      "Acquerra une expérience au sein d'une organisation internationale, notamment en matière de gestion de programmes et de coopération interinstitutions.",
    )
    const duties = doc().responsibilities
    expect(duties.map((item) => item.label)).toEqual(['1', '2', '3', '4', '5', '6'])
    expect(lines(duties)).toEqual([37, 38, 39, 40, 41, 42])
    expect(duties[1]?.text).toBe(
      "Appuyer la collecte et l'analyse de données sur les déplacements liés aux catastrophes, en lien avec la Matrice de suivi des déplacements (DTM) ;",
    )
    expect(duties[5]?.text).toBe('Exécuter toute autre tâche pertinente qui lui sera confiée.')
  })

  it('reads the inline "•" bullets of Formation and Expérience', () => {
    const q = doc().qualifications
    expect(texts(q.education)).toEqual([
      "Master en sciences de l'environnement, géographie, développement international ou dans un domaine connexe, obtenu auprès d'un établissement universitaire accrédité, avec deux années d'expérience professionnelle pertinente.",
    ])
    expect(q.education[0]).toMatchObject({ line: 46, column: 38 })
    expect(texts(q.experience)).toEqual([
      "Au moins deux ans d'expérience professionnelle dans les domaines de l'environnement, du changement climatique ou de la migration ;",
      "Expérience de la collecte et de l'analyse de données quantitatives et qualitatives ;",
      'Une expérience dans un pays du Sahel est un atout.',
    ])
    expect(q.experience.map((item) => [item.line, item.column])).toEqual([[48, 38], [48, 171], [48, 258]])
    expect(q.skills).toEqual([])
    expect(q.degreeLevels).toEqual(['master'])
    expect(q.minYearsExperience).toBe(2)
  })

  it('reads Requis / Un atout as English names', () => {
    expect(doc().languages).toEqual({ required: ['French', 'English'], requiredOneOf: [], advantageous: ['Hausa', 'Arabic'] })
  })

  it('reads the 2023 framework in French, the misspelt value as written', () => {
    const { values, core, managerial } = doc().competencies
    expect(names(values)).toEqual(['Inclusion et respect de la diversité', 'Intégrité et transparance', 'Professionnalisme', 'Courage', 'Empathie'])
    expect(lines(values)).toEqual([57, 58, 59, 60, 61])
    expect(names(core)).toEqual(["Travail d'équipe", 'Obtention de résultats', 'Gestion et partage des connaissances', 'Responsabilité', 'Communication'])
    // The framework's French name runs to seven words and is still a name.
    expect(names(managerial)).toEqual(['Leadership', "Autonomisation d'autrui et instauration de la confiance", 'Réflexion stratégique et vision', 'Humilité'])
    expect(managerial[1]).toMatchObject({
      description: 'crée un climat de confiance et un environnement propice où le personnel peut donner le meilleur de lui-même.',
      line: 76,
      column: 3,
    })
  })
})

describe('fr-consultancy.txt: IOM consultancy ToR in French, headings glued to the line before', () => {
  const doc = () => load('fr-consultancy.txt')

  it('detects French and a consultancy ToR', () => {
    expect(doc().source).toEqual({ path: 'fixtures/i18n/fr-consultancy.txt', format: 'text', language: 'fr' })
    expect(doc().documentType).toBe('consultancy-tor')
  })

  it('reads the consultancy labels, the date with its weekday and "1er", and the unit under its glued heading', () => {
    expect(doc().position).toEqual({
      ...emptyPosition,
      title: 'Consultant(e) national(e) en évaluation des activités de cohésion sociale',
      // No label names it: the prose does ("mises en œuvre par l'OIM", "l'OIM appuie").
      organization: 'OIM',
      unit: 'Unité Transition et relèvement, OIM Burkina Faso',
      duration: '45 jours ouvrables répartis sur trois mois',
      startDate: '2023-03-01',
    })
    expect(doc().positionLocations).toEqual({
      title: { line: 2, column: 30 },
      organization: { line: 6, column: 113 },
      duration: { line: 3, column: 27 },
      startDate: { line: 4, column: 17 },
      unit: { line: 10, column: 1 },
    })
  })

  it('finds every IOM consultancy heading, glued ones at their column', () => {
    expect(doc().sections.map((section) => [section.kind, section.heading, section.line, section.column])).toEqual([
      ['context', 'Nature de la consultance', 5, 1],
      ['context', 'Contexte et portée du projet', 7, 1],
      ['unit', 'Département / Unité organisationnelle à laquelle le consultant contribue', 9, 449],
      ['responsibilities', 'Consultants de catégorie B : Résultats tangibles et mesurables de la mission', 10, 50],
      ['performanceIndicators', "Indicateurs de performance pour l'évaluation des résultats", 15, 91],
      ['qualifications', 'Formation, expérience et/ou compétences requises', 18, 93],
      ['travel', 'Déplacements requis', 23, 1],
      ['competencies', 'Compétences requises', 24, 141],
      ['values', 'Valeurs', 24, 301],
      // A heading and its five-word qualifier at the end of a line are all heading.
      ['coreCompetencies', 'Compétences clés – indicateurs de comportement de niveau 1', 27, 121],
    ])
  })

  it('joins Nature de la consultance and Contexte into the context, without the glued heading', () => {
    const context = doc().context!
    expect(context.split('\n')).toHaveLength(3)
    expect(context.startsWith('Consultance individuelle de catégorie B visant à évaluer')).toBe(true)
    expect(context.endsWith('formuler des recommandations pour la deuxième phase du Projet.')).toBe(true)
    expect(doc().contextLocation).toEqual({ line: 6, column: 1 })
  })

  it('reads the outputs and the indicators, each cut where the next heading is glued', () => {
    expect(lines(doc().responsibilities)).toEqual([11, 12, 13, 14, 15])
    expect(doc().responsibilities[4]?.text).toBe("Un rapport final d'évaluation de 30 pages au maximum, intégrant les commentaires reçus.")
    expect(texts(doc().performanceIndicators)).toEqual([
      'Respect des délais de remise de chaque produit.',
      "Qualité méthodologique du rapport de démarrage et des outils, appréciée par l'unité Transition et relèvement.",
      'Pertinence et faisabilité des recommandations formulées pour la deuxième phase du Projet.',
    ])
  })

  it('sorts the undivided requirements list into education, experience, skills and languages', () => {
    const q = doc().qualifications
    expect(lines(q.education)).toEqual([19])
    expect(lines(q.experience)).toEqual([20])
    expect(lines(q.skills)).toEqual([21])
    expect(q.degreeLevels).toEqual(['master', 'bachelor'])
    // "Master ... avec au moins cinq années d'expérience ; ou licence ... avec sept années".
    expect(q.minYearsExperience).toBe(5)
    expect(doc().languages).toEqual({ required: ['French'], requiredOneOf: [], advantageous: ['Mossi', 'Fula'] })
  })

  it('reads the values list and the run-on core competencies paragraph', () => {
    const { values, core, managerial } = doc().competencies
    expect(names(values)).toEqual(['Inclusion et respect de la diversité', 'Intégrité et transparence', 'Professionnalisme'])
    expect(values[2]).toMatchObject({ line: 27, column: 1 })
    expect(core.map((c) => [c.name, c.line, c.column])).toEqual([
      ["Travail d'équipe", 28, 1],
      ['Obtention de résultats', 28, 104],
      ['Gestion et partage des connaissances', 28, 188],
      ['Responsabilité', 28, 292],
      ['Communication', 28, 372],
    ])
    expect(core[4]?.description).toBe('encourage une communication claire et ouverte.')
    expect(managerial).toEqual([])
  })
})

describe('es-jpo.md: IOM JPO ToR in Spanish, Markdown with a position table and HTML lists', () => {
  const doc = () => load('es-jpo.md')

  it('detects Spanish and a JPO ToR', () => {
    expect(doc().source).toEqual({ path: 'fixtures/i18n/es-jpo.md', format: 'markdown', language: 'es' })
    expect(doc().documentType).toBe('jpo-tor')
  })

  it('reads the position table, the closing date written with its weekday', () => {
    expect(doc().position).toEqual({
      ...emptyPosition,
      title: 'JPO, Oficial de Protección (Niñez Migrante)',
      organization: 'Organización Internacional para las Migraciones (OIM)',
      unit: 'Protección y Asistencia a Migrantes',
      dutyStation: 'Ciudad de Panamá, Panamá',
      reportsTo: 'Coordinador Regional de Protección',
      duration: '2 años, con posibilidad de extensión por un año adicional',
      closingDate: '2023-03-15',
    })
    expect(doc().positionLocations.title).toEqual({ line: 9, column: 25 })
    expect(doc().positionLocations.closingDate).toEqual({ line: 15, column: 21 })
  })

  it('maps every Spanish heading; the document-type headings are not sections it knows', () => {
    expect(kindsAt(doc())).toEqual([
      ['other', 3],
      ['other', 5],
      ['context', 17],
      ['learningElements', 23],
      ['responsibilities', 31],
      ['qualifications', 41],
      ['education', 43],
      ['experience', 50],
      ['languages', 58],
      ['languagesRequired', 60],
      ['languagesAdvantageous', 64],
      ['competencies', 68],
      ['values', 72],
      ['coreCompetencies', 80],
      ['managerialCompetencies', 88],
      ['howToApply', 95],
    ])
  })

  it('reads context, learning elements and duties', () => {
    expect(doc().context?.split('\n')).toHaveLength(2)
    expect(doc().contextLocation).toEqual({ line: 19, column: 1 })
    expect(lines(doc().learningElements)).toEqual([27, 28, 29])
    expect(doc().responsibilities.map((item) => item.label)).toEqual(['1', '2', '3', '4', '5'])
    expect(doc().responsibilities[2]?.text).toBe(
      'Organizar talleres de capacitación para funcionarios de migración y de protección de la niñez en Panamá, Costa Rica y Honduras.',
    )
  })

  it('reads the <li> items of Educación and Experiencia', () => {
    const q = doc().qualifications
    expect(lines(q.education)).toEqual([46, 47])
    expect(q.education[1]?.text).toBe('Licenciatura en los campos mencionados con cuatro años de experiencia profesional relevante.')
    expect(lines(q.experience)).toEqual([53, 54, 55])
    expect(q.degreeLevels).toEqual(['master', 'bachelor'])
    expect(q.minYearsExperience).toBe(2)
  })

  it('reads Requerido / Deseable as English names', () => {
    expect(doc().languages).toEqual({ required: ['Spanish', 'English'], requiredOneOf: [], advantageous: ['French', 'Portuguese'] })
  })

  it('reads the 2023 framework in Spanish, bold names', () => {
    const { values, core, managerial } = doc().competencies
    expect(names(values)).toEqual(['Inclusión y respeto por la diversidad', 'Integridad y transparencia', 'Profesionalismo', 'Valentía', 'Empatía'])
    expect(names(core)).toEqual(['Trabajo en equipo', 'Obtención de resultados', 'Gestión e intercambio de conocimientos', 'Rendición de cuentas', 'Comunicación'])
    expect(names(managerial)).toEqual(['Liderazgo', 'Empoderamiento de otros y fomento de la confianza', 'Pensamiento estratégico y visión', 'Humildad'])
    expect(managerial[3]).toMatchObject({ description: 'reconoce sus propias limitaciones y aprende de los demás.', line: 93, column: 5 })
  })
})

describe('es-consultancy.txt: IOM consultancy ToR in Spanish, hard-wrapped plain text', () => {
  const doc = () => load('es-consultancy.txt')

  it('detects Spanish and a consultancy ToR', () => {
    expect(doc().source).toEqual({ path: 'fixtures/i18n/es-consultancy.txt', format: 'text', language: 'es' })
    expect(doc().documentType).toBe('consultancy-tor')
  })

  it('reads the labels, a title wrapped onto the next line, and the capitalised letterhead', () => {
    expect(doc().position).toEqual({
      ...emptyPosition,
      title: 'Consultor/a para el diseño de una estrategia de reintegración comunitaria de personas migrantes retornadas',
      organization: 'ORGANIZACIÓN INTERNACIONAL PARA LAS MIGRACIONES (OIM)',
      unit: 'Unidad de Migración y Desarrollo, OIM Honduras',
      dutyStation: 'Tegucigalpa, Honduras',
      duration: 'cuatro meses',
      closingDate: '2022-02-09',
    })
    expect(doc().positionLocations).toEqual({
      title: { line: 4, column: 27 },
      organization: { line: 1, column: 1 },
      unit: { line: 26, column: 1 },
      dutyStation: { line: 6, column: 37 },
      duration: { line: 7, column: 29 },
      closingDate: { line: 8, column: 18 },
    })
  })

  it('finds the IOM consultancy headings, long and wrapped ones whole', () => {
    expect(doc().sections.map((section) => [section.kind, section.heading, section.line])).toEqual([
      ['other', 'ORGANIZACIÓN INTERNACIONAL PARA LAS MIGRACIONES (OIM)', 1],
      ['other', 'TÉRMINOS DE REFERENCIA PARA CONSULTORÍA INDIVIDUAL', 2],
      ['context', 'Naturaleza de la consultoría', 10],
      ['context', 'Contexto y alcance del proyecto', 15],
      ['unit', 'Departamento / Unidad organizacional a la que contribuye el consultor', 25],
      ['responsibilities', 'Consultores de categoría B: Productos tangibles y medibles de la asignación de trabajo', 28],
      ['performanceIndicators', 'Indicadores de desempeño para la evaluación de resultados', 40],
      ['qualifications', 'Educación, experiencia y/o habilidades requeridas', 47],
      ['travel', 'Viajes requeridos', 58],
      ['competencies', 'Competencias', 62],
      ['values', 'Valores', 63],
      ['coreCompetencies', 'Competencias básicas – indicadores de comportamiento de nivel 1', 70],
    ])
  })

  it('joins the wrapped lines of paragraphs and items', () => {
    expect(doc().context?.split('\n')).toEqual([
      'Consultoría individual de categoría B para diseñar, validar y documentar una estrategia de reintegración comunitaria en los municipios con mayor número de personas retornadas.',
      'Cada año miles de hondureñas y hondureños son retornados desde México y los Estados Unidos. Muchas de estas personas regresan a comunidades con pocas oportunidades de empleo y con servicios sociales limitados, lo que aumenta el riesgo de una nueva migración irregular.',
      'Con el apoyo de sus donantes, la OIM ejecuta el proyecto "Comunidades que reintegran", que busca fortalecer la capacidad de los gobiernos locales para acompañar a las personas retornadas y a sus familias.',
    ])
    expect(lines(doc().responsibilities)).toEqual([30, 32, 34, 37])
    expect(doc().responsibilities[2]?.text).toBe(
      'Producto 3: Propuesta de estrategia de reintegración comunitaria, validada en talleres con las municipalidades y las organizaciones de la sociedad civil.',
    )
    expect(lines(doc().performanceIndicators)).toEqual([41, 42, 44])
  })

  it('sorts the requirements list', () => {
    const q = doc().qualifications
    expect(lines(q.education)).toEqual([48])
    expect(lines(q.experience)).toEqual([51, 53])
    expect(q.skills).toEqual([])
    expect(q.degreeLevels).toEqual(['master', 'bachelor'])
    expect(q.minYearsExperience).toBe(5)
    expect(doc().languages).toEqual({ required: ['Spanish'], requiredOneOf: [], advantageous: ['English'] })
  })

  it('reads three values and four core competencies (Rendición de cuentas is left out)', () => {
    const { values, core, managerial } = doc().competencies
    expect(names(values)).toEqual(['Inclusión y respeto por la diversidad', 'Integridad y transparencia', 'Profesionalismo'])
    expect(names(core)).toEqual(['Trabajo en equipo', 'Obtención de resultados', 'Gestión e intercambio de conocimientos', 'Comunicación'])
    expect(lines(core)).toEqual([71, 73, 75, 77])
    expect(managerial).toEqual([])
  })
})

describe('the supervisor written in French and Spanish prose', () => {
  // JPO ToRs often have a "Supervision" section instead of a "Reports to" row.
  it.each([
    ['## Supervision\n\nLe/la JPO travaillera sous la supervision directe de la Cheffe de mission et en coordination avec les unités techniques.\n', 'Cheffe de mission'],
    ["## Supervision\n\nSous la supervision du Responsable de l'unité Protection, le/la JPO appuiera les équipes.\n", "Responsable de l'unité Protection"],
    ['## Supervisión\n\nLa persona JPO trabajará bajo la supervisión directa del Jefe de Misión y en coordinación con las unidades técnicas.\n', 'Jefe de Misión'],
    ['## Supervisión\n\nBajo la supervisión general de la Coordinadora de Programas, la persona JPO apoyará a los equipos.\n', 'Coordinadora de Programas'],
  ])('%#: reads the supervisor', (text, supervisor) => {
    expect(parse(text).tor.position.reportsTo).toBe(supervisor)
  })
  it('reads a "Titre du superviseur" row', () => {
    expect(parse('Titre du superviseur : Chef de mission\n').tor.position.reportsTo).toBe('Chef de mission')
  })
})
