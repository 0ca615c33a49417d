// Competency frameworks. Names are matched case-insensitively; the French and Spanish names are the
// ones the organisation publishes in those languages.
import { z } from 'zod'

export const competencyNameSchema = z.object({
  name: z.string(),
  translations: z.array(z.string()).default([]),
  since: z
    .number()
    .int()
    .optional()
    .describe('Year of the framework revision that added this entry: notices written against an older revision leave it out'),
  until: z
    .number()
    .int()
    .optional()
    .describe('Year of the last framework revision that has this entry (a later one replaced it): notices written against a later revision leave it out'),
  names: z
    .record(z.string(), z.string())
    .optional()
    .describe('The name the organisation publishes in each other language, by ISO 639-1 code (also list it in translations): messages on a document in that language quote it'),
})
export const competencyFrameworkSchema = z.object({
  id: z.string(),
  organization: z.string(),
  values: z.array(competencyNameSchema),
  core: z.array(competencyNameSchema),
  managerial: z.array(competencyNameSchema),
})
export type CompetencyFramework = z.infer<typeof competencyFrameworkSchema>

const c = (name: string, ...translations: string[]) => ({ name, translations })
/** An entry with the French and Spanish names the organisation publishes, then other spellings met in notices. */
const named = (name: string, fr: string, es: string, ...variants: string[]) => ({ name, translations: [fr, es, ...variants], names: { fr, es } })

export const competencyFrameworks: CompetencyFramework[] = [
  {
    // IOM's framework of September 2018 and its February 2023 revision, which added Courage and Empathy
    // to the values and Humility to the managerial competencies (`since`: lists from before a revision
    // are complete without what it added). Notices use either list.
    id: 'iom',
    organization: 'IOM',
    values: [
      named('Inclusion and respect for diversity', 'Inclusion et respect de la diversité', 'Inclusión y respeto por la diversidad', 'Inclusión y respeto de la diversidad'),
      named('Integrity and transparency', 'Intégrité et transparence', 'Integridad y transparencia'),
      named('Professionalism', 'Professionnalisme', 'Profesionalismo', 'Profesionalidad'),
      { ...named('Courage', 'Courage', 'Valentía', 'Coraje'), since: 2023 },
      { ...named('Empathy', 'Empathie', 'Empatía'), since: 2023 },
    ],
    core: [
      named('Teamwork', "Travail d'équipe", 'Trabajo en equipo'),
      named('Delivering results', 'Obtention de résultats', 'Obtención de resultados', 'Produire des résultats', 'Lograr resultados'),
      named('Managing and sharing knowledge', 'Gestion et partage des connaissances', 'Gestión e intercambio de conocimientos', 'Gestión y difusión de conocimientos'),
      named('Accountability', 'Responsabilité', 'Rendición de cuentas', 'Responsabilidad'),
      named('Communication', 'Communication', 'Comunicación'),
    ],
    managerial: [
      named('Leadership', 'Leadership', 'Liderazgo'),
      {
        ...named('Empowering others & building trust', "Autonomisation d'autrui et instauration de la confiance", 'Empoderamiento de otros y fomento de la confianza', 'Empowering others and building trust', "Autonomisation des autres et instauration de la confiance", 'Empoderar a otros y generar confianza'),
        until: 2018,
      },
      // The 2023 revision lists the two halves of the 2018 competency apart.
      { ...named('Empowering others', "Autonomisation d'autrui", 'Empoderamiento de otros', 'Autonomisation des autres', 'Empoderar a otros'), since: 2023 },
      { ...named('Building trust', 'Instauration de la confiance', 'Fomento de la confianza', 'Generar confianza'), since: 2023 },
      named('Strategic thinking and vision', 'Réflexion stratégique et vision', 'Pensamiento estratégico y visión', 'Pensée stratégique et vision'),
      { ...named('Humility', 'Humilité', 'Humildad'), since: 2023 },
    ],
  },
  {
    // The UN Secretariat's values and competencies (ST/SGB/1999/15) with the names its French and Spanish
    // vacancy announcements use: "Responsabilité" and "Responsabilidad" are Accountability.
    id: 'un-secretariat',
    organization: 'UN',
    values: [named('Integrity', 'Intégrité', 'Integridad'), named('Professionalism', 'Professionnalisme', 'Profesionalismo'), named('Respect for diversity', 'Respect de la diversité', 'Respeto de la diversidad', 'Respeto por la diversidad')],
    core: [
      named('Communication', 'Communication', 'Comunicación'),
      named('Teamwork', "Esprit d'équipe", 'Trabajo en equipo', "Travail d'équipe"),
      named('Planning & Organizing', 'Planification et organisation', 'Planificación y organización', 'Planning and Organizing', 'Planning and Organising', 'Planning & Organising'),
      named('Accountability', 'Responsabilité', 'Responsabilidad', 'Rendición de cuentas'),
      named('Creativity', 'Créativité', 'Creatividad'),
      named('Client Orientation', 'Souci du client', 'Orientación al cliente'),
      named('Commitment to Continuous Learning', 'Volonté de se perfectionner', 'Compromiso con el aprendizaje continuo'),
      named('Technological Awareness', 'Ouverture à la technologie', 'Conocimientos tecnológicos'),
    ],
    managerial: [
      named('Vision', 'Vision', 'Visión'),
      named('Leadership', 'Aptitude à diriger', 'Liderazgo'),
      named('Empowering Others', 'Aptitude à déléguer', 'Empoderamiento de otros'),
      named('Building Trust', 'Instauration d’un climat de confiance', 'Generar confianza', "Instauration d'un climat de confiance"),
      named('Managing Performance', 'Aptitude à gérer les résultats', 'Gestión del desempeño', 'Gestion de la performance'),
      named('Judgement/Decision-making', 'Discernement/Aptitude à prendre des décisions', 'Juicio/Toma de decisiones', 'Jugement/Prise de décisions', 'Judgement/Decision-Making', 'Judgement and Decision-making', 'Judgment/Decision-making'),
    ],
  },
  {
    // UNESCO's Competency Framework (2016): its own core competencies, Innovation among them.
    id: 'unesco',
    organization: 'UNESCO',
    values: [
      named('Commitment to the Organization', "Engagement envers l'Organisation", 'Compromiso con la Organización', 'Commitment to the Organisation'),
      named('Integrity', 'Intégrité', 'Integridad'),
      named('Respect for diversity', 'Respect de la diversité', 'Respeto de la diversidad'),
      named('Professionalism', 'Professionnalisme', 'Profesionalismo'),
    ],
    core: [
      named('Accountability', 'Responsabilité', 'Responsabilidad'),
      named('Communication', 'Communication', 'Comunicación'),
      named('Innovation', 'Innovation', 'Innovación'),
      named('Knowledge sharing and continuous improvement', 'Partage des connaissances et amélioration continue', 'Intercambio de conocimientos y mejora continua'),
      named('Planning and organizing', 'Planification et organisation', 'Planificación y organización', 'Planning and organising'),
      named('Results focus', 'Orientation vers les résultats', 'Orientación a resultados', 'Orientation résultats'),
      named('Teamwork', "Travail d'équipe", 'Trabajo en equipo'),
    ],
    managerial: [
      named('Driving and managing change', 'Conduire et gérer le changement', 'Impulsar y gestionar el cambio'),
      named('Strategic thinking', 'Réflexion stratégique', 'Pensamiento estratégico'),
      named('Making quality decisions', 'Prise de décisions de qualité', 'Tomar decisiones de calidad'),
      named('Building partnerships', 'Établissement de partenariats', 'Establecimiento de alianzas'),
      named('Leading and empowering others', 'Diriger et responsabiliser les autres', 'Liderar y empoderar a otros'),
      named('Managing performance', 'Gestion de la performance', 'Gestión del desempeño'),
    ],
  },
  {
    id: 'unicef',
    organization: 'UNICEF',
    values: [c('Care'), c('Respect'), c('Integrity'), c('Trust'), c('Accountability'), c('Sustainability')],
    core: [
      c('Demonstrates Self Awareness and Ethical Awareness'),
      c('Works Collaboratively with others'),
      c('Builds and Maintains Partnerships'),
      c('Innovates and Embraces Change'),
      c('Thinks and Acts Strategically'),
      c('Drive to achieve results for impact', 'Drive to achieve impactful results', 'Drives to achieve impactful results'),
      c('Manages ambiguity and complexity'),
    ],
    managerial: [c('Nurtures, Leads and Manages People')],
  },
]
