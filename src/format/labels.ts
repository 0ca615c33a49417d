// The house wording of a formatted ToR, in the languages torlint reads. Every heading and label here is
// one the parser's vocabulary (src/data/headings.ts, src/data/fields.ts) maps back to the same section or
// field, so a formatted document parses to the same ToR; test/format/labels.test.ts holds them to that.
import type { DocumentType, PositionField } from '../schema.js'

export type HouseLanguage = 'en' | 'fr' | 'es'

export type HouseHeading =
  | 'context'
  | 'unit'
  | 'responsibilities'
  | 'learningElements'
  | 'performanceIndicators'
  | 'qualifications'
  | 'education'
  | 'experience'
  | 'skills'
  | 'languages'
  | 'competencies'
  | 'values'
  | 'coreCompetencies'
  | 'managerialCompetencies'

/** Table labels: `postingPeriod` stands for postingFrom and postingTo, which share one row. */
export type HouseField = Exclude<PositionField, 'postingFrom' | 'postingTo'> | 'postingPeriod'

export interface HouseWording {
  /** The part where the text the layout does not place is kept as written (a `keptTextHeadings` phrase). */
  otherSections: string
  /**
   * The line naming the kind of document, under the title (or as the heading when there is no title).
   * The document type is read from signal phrases anywhere in the text (src/data/documents.ts), and the
   * boilerplate that carried them in the source (how to apply, posting notes) is not part of the ToR,
   * so this line restates them: the shortest wording first, longer ones for documents whose other text
   * leans towards another type.
   */
  kind: Record<Exclude<DocumentType, 'unknown'>, string[]>
  headings: Record<HouseHeading | 'position', string>
  /**
   * Labels free of document-type signals where the vocabulary allows ("Apply by", not "Closing date";
   * "Reference", not "Vacancy number"), so a table row never makes a consultancy read as a vacancy.
   */
  fields: Record<HouseField, string>
  /** A vacancy notice's usual labels instead, which are signals of that type. */
  vacancyFields: Partial<Record<HouseField, string>>
  /**
   * The fewest years of experience, stated where the reader looks for them outside the experience list
   * (src/extract/requirements.ts), for documents that gave them outside the qualification lists.
   */
  minimumExperience: (years: number) => string
  /** Joins the two posting dates: "2022-01-27 to 2022-02-09". */
  periodJoin: string
  /** Sentences the language reader (src/extract/requirements.ts) sorts back into the same lists. */
  languages: {
    required: (names: string) => string
    /** `count` names: a single one reads "one of the following: French". */
    oneOf: (names: string, count: number) => string
    advantageous: (names: string) => string
  }
  /** "English", "English and French", "French, Spanish or Arabic". */
  and: string
  or: string
}

export const houseWording: Record<HouseLanguage, HouseWording> = {
  en: {
    kind: {
      'vacancy-notice': ['Vacancy notice', 'Vacancy notice: job description', 'Vacancy notice: job opening, job description and how to apply'],
      'jpo-tor': ['Terms of reference for a Junior Professional Officer (JPO)', 'Terms of reference for a Junior Professional Officer (JPO) of the JPO programme'],
      'consultancy-tor': ['Terms of reference for a consultancy', 'Terms of reference for a consultancy: tasks to be performed and deliverables of the consultant'],
    },
    otherSections: 'Other sections',
    headings: {
      position: 'Position details',
      context: 'Context',
      unit: 'Organizational department / unit',
      responsibilities: 'Responsibilities',
      learningElements: 'Learning elements',
      performanceIndicators: 'Performance indicators',
      qualifications: 'Qualifications',
      education: 'Education',
      experience: 'Experience',
      skills: 'Skills',
      languages: 'Languages',
      competencies: 'Competencies',
      values: 'Values',
      coreCompetencies: 'Core competencies',
      managerialCompetencies: 'Managerial competencies',
    },
    fields: {
      title: 'Job title',
      organization: 'Organization',
      unit: 'Unit',
      dutyStation: 'Duty station',
      reportsTo: 'Reports to',
      grade: 'Grade',
      appointmentType: 'Type of appointment',
      duration: 'Duration',
      startDate: 'Start date',
      closingDate: 'Apply by',
      postingPeriod: 'Posting period',
      vacancyNumber: 'Reference',
    },
    vacancyFields: { title: 'Position title', closingDate: 'Closing date', vacancyNumber: 'Vacancy number' },
    minimumExperience: (years) => `At least ${years} ${years === 1 ? 'year' : 'years'} of professional experience.`,
    periodJoin: 'to',
    languages: {
      required: (names) => `Fluency in ${names} is required.`,
      oneOf: (names, count) => (count === 1 ? `Fluency in one of the following is required: ${names}.` : `Fluency in one of ${names} is required.`),
      advantageous: (names) => `Working knowledge of ${names} is an advantage.`,
    },
    and: 'and',
    or: 'or',
  },
  fr: {
    kind: {
      'vacancy-notice': ['Avis de vacance de poste', 'Avis de vacance de poste (vacancy notice, job opening)'],
      'jpo-tor': ["Termes de référence pour un poste d'administrateur auxiliaire (JPO)", "Termes de référence pour un poste d'administrateur auxiliaire (JPO), Junior Professional Officer"],
      'consultancy-tor': ['Termes de référence pour une consultance', 'Termes de référence pour une consultance : tâches du consultant (consultancy)'],
    },
    otherSections: 'Autres sections',
    headings: {
      position: 'Détails du poste',
      context: 'Contexte',
      unit: 'Unité organisationnelle',
      responsibilities: 'Responsabilités',
      learningElements: "Éléments d'apprentissage",
      performanceIndicators: 'Indicateurs de performance',
      qualifications: 'Qualifications',
      education: 'Formation',
      experience: 'Expérience',
      skills: 'Aptitudes',
      languages: 'Langues',
      competencies: 'Compétences',
      values: 'Valeurs',
      coreCompetencies: 'Compétences clés',
      managerialCompetencies: 'Compétences managériales',
    },
    fields: {
      title: 'Titre du poste',
      organization: 'Organisation',
      unit: 'Unité',
      dutyStation: "Lieu d'affectation",
      reportsTo: 'Relève de',
      grade: 'Classe',
      appointmentType: 'Type de contrat',
      duration: 'Durée',
      startDate: 'Date de début',
      closingDate: 'Date limite',
      postingPeriod: "Période d'affichage",
      vacancyNumber: 'Référence',
    },
    vacancyFields: { title: 'Intitulé du poste', closingDate: 'Date de clôture', vacancyNumber: "Numéro de l'avis de vacance" },
    minimumExperience: (years) => `Au moins ${years} ${years === 1 ? 'an' : 'ans'} d'expérience professionnelle.`,
    periodJoin: 'au',
    languages: {
      required: (names) => `Maîtrise requise : ${names}.`,
      oneOf: (names) => `Maîtrise requise de l'une des langues suivantes : ${names}.`,
      advantageous: (names) => `Connaissance souhaitable : ${names}.`,
    },
    and: 'et',
    or: 'ou',
  },
  es: {
    kind: {
      'vacancy-notice': ['Aviso de vacante', 'Aviso de vacante (vacancy notice, job opening)'],
      'jpo-tor': ['Términos de referencia para un puesto de oficial profesional subalterno (JPO)', 'Términos de referencia para un puesto de oficial profesional subalterno (JPO), Junior Professional Officer'],
      'consultancy-tor': ['Términos de referencia para una consultoría', 'Términos de referencia para una consultoría: tareas del consultor (consultancy)'],
    },
    otherSections: 'Otras secciones',
    headings: {
      position: 'Detalles del puesto',
      context: 'Contexto',
      unit: 'Unidad organizacional',
      responsibilities: 'Responsabilidades',
      learningElements: 'Elementos de aprendizaje',
      performanceIndicators: 'Indicadores de desempeño',
      qualifications: 'Requisitos',
      education: 'Educación',
      experience: 'Experiencia',
      skills: 'Habilidades',
      languages: 'Idiomas',
      competencies: 'Competencias',
      values: 'Valores',
      coreCompetencies: 'Competencias básicas',
      managerialCompetencies: 'Competencias gerenciales',
    },
    fields: {
      title: 'Título del cargo',
      organization: 'Organización',
      unit: 'Unidad',
      dutyStation: 'Lugar de destino',
      reportsTo: 'Reporta a',
      grade: 'Grado',
      appointmentType: 'Tipo de contrato',
      duration: 'Duración',
      startDate: 'Fecha de inicio',
      closingDate: 'Fecha límite',
      postingPeriod: 'Período de publicación',
      vacancyNumber: 'Referencia',
    },
    vacancyFields: { title: 'Título del puesto', closingDate: 'Fecha de cierre', vacancyNumber: 'Número de vacante' },
    minimumExperience: (years) => `Al menos ${years} ${years === 1 ? 'año' : 'años'} de experiencia profesional.`,
    periodJoin: 'al',
    languages: {
      required: (names) => `Se requiere dominio de: ${names}.`,
      oneOf: (names) => `Se requiere dominio de uno de los siguientes idiomas: ${names}.`,
      advantageous: (names) => `Se valorará el conocimiento de: ${names}.`,
    },
    and: 'y',
    or: 'o',
  },
}

/** The wording for a document language; English for any language the house layout is not written in. */
export function wordingFor(language: string): { language: HouseLanguage; wording: HouseWording } {
  const code: HouseLanguage = language === 'fr' || language === 'es' ? language : 'en'
  return { language: code, wording: houseWording[code] }
}

/** "A", "A and B", "A, B and C" (or "or"). */
export function joinNames(names: string[], conjunction: string): string {
  if (names.length <= 1) return names.join('')
  return `${names.slice(0, -1).join(', ')} ${conjunction} ${names[names.length - 1]}`
}
