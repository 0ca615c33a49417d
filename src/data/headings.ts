// Section-heading vocabulary. Phrases are compared after normalisation (lower case, straight quotes,
// numbering, markup and trailing colons removed), so they are written here in that form.
import { z } from 'zod'
import { sectionKindSchema } from '../schema.js'

export const headingEntrySchema = z.object({
  kind: sectionKindSchema,
  lang: z.string().describe('ISO 639-1 code of the phrase'),
  phrases: z.array(z.string().min(1)),
  /** Only a heading while one of these sections is open ("Required" under Languages). */
  within: z.array(sectionKindSchema).optional(),
})
export type HeadingEntry = z.infer<typeof headingEntrySchema>

/** Paragraph openings that start a boilerplate section even without a heading. */
export const openerEntrySchema = z.object({
  kind: sectionKindSchema,
  lang: z.string(),
  prefixes: z.array(z.string().min(1)),
})
export type OpenerEntry = z.infer<typeof openerEntrySchema>

export const headings: HeadingEntry[] = [
  { kind: 'position', lang: 'en', phrases: ['position information', 'position details', 'job details', 'vacancy details', 'general information', 'post information', 'job information'] },
  { kind: 'position', lang: 'fr', phrases: ['informations sur le poste', 'information sur le poste', 'détails du poste'] },
  { kind: 'position', lang: 'es', phrases: ['información del puesto', 'informacion del puesto', 'detalles del puesto'] },

  { kind: 'context', lang: 'en', phrases: ['organizational context and scope', 'organisational context and scope', 'organizational context', 'organisational context', 'context and scope', 'project context and scope', 'context', 'background', 'org. setting and reporting', 'org setting and reporting', 'organizational setting and reporting', 'organizational setting', 'about the role', 'job purpose', 'purpose of the position', 'nature of the consultancy', 'nature of consultancy'] },
  { kind: 'context', lang: 'fr', phrases: ['contexte organisationnel et portée', 'contexte et portée du projet', 'contexte et portée', 'contexte organisationnel', 'contexte', 'historique', 'objet du poste', 'nature de la consultance', 'nature de la consultation'] },
  { kind: 'context', lang: 'es', phrases: ['contexto organizacional y alcance', 'contexto y alcance del proyecto', 'contexto y alcance', 'contexto organizacional', 'contexto', 'antecedentes', 'propósito del puesto', 'naturaleza de la consultoría', 'naturaleza de la consultoria'] },

  { kind: 'unit', lang: 'en', phrases: ['organizational department / unit to which the consultant is contributing', 'organizational department/unit to which the consultant is contributing', 'organizational department / unit', 'organisational department / unit to which the consultant is contributing'] },
  { kind: 'unit', lang: 'fr', phrases: ['département / unité organisationnelle à laquelle le consultant contribue', 'département/unité organisationnelle à laquelle le consultant contribue', 'département / unité organisationnelle auquel le consultant contribue', 'département / unité auquel le consultant contribue', 'unité organisationnelle'] },
  { kind: 'unit', lang: 'es', phrases: ['departamento / unidad organizacional a la que contribuye el consultor', 'departamento/unidad organizacional a la que contribuye el consultor', 'departamento / unidad organizacional a la que contribuye el/la consultor/a', 'departamento / unidad a la que contribuye el consultor', 'unidad organizacional'] },

  { kind: 'responsibilities', lang: 'en', phrases: ['responsibilities and accountabilities', 'core functions / responsibilities', 'core functions/responsibilities', 'core functions', 'duties and responsibilities', 'key duties and responsibilities', 'key responsibilities', 'responsibilities', 'key accountabilities (not all-inclusive)', 'key accountabilities', 'accountabilities', 'tasks to be performed under this contract', 'tasks to be performed', 'main duties', 'duties', 'tasks', 'key tasks', 'scope of work', 'how can you make a difference?', 'how can you make a difference', 'what you will do', 'functions', 'main functions', 'category b consultants: tangible and measurable outputs of the work assignment', 'category a consultants: tasks to be performed under this contract', 'tangible and measurable outputs of the work assignment', 'category b consultants', 'category a consultants'] },
  { kind: 'responsibilities', lang: 'fr', phrases: ['responsabilités et obligations', 'fonctions principales / responsabilités', 'fonctions principales', 'responsabilités', 'tâches à effectuer dans le cadre de ce contrat', 'tâches à accomplir', 'tâches', 'fonctions et responsabilités', 'attributions', 'consultants de catégorie b : résultats tangibles et mesurables de la mission', 'consultants de catégorie a : tâches à accomplir dans le cadre de ce contrat', 'résultats tangibles et mesurables de la mission', 'résultats tangibles et mesurables du travail', 'résultats tangibles et mesurables', 'tâches à accomplir dans le cadre de ce contrat', 'consultants de catégorie b', 'consultants de catégorie a'] },
  { kind: 'responsibilities', lang: 'es', phrases: ['responsabilidades y obligaciones', 'funciones principales / responsabilidades', 'funciones principales', 'responsabilidades', 'tareas a realizar en el marco de este contrato', 'tareas por desempeñar', 'tareas a desempeñar', 'tareas', 'funciones y responsabilidades', 'funciones', 'consultores de categoría b: productos tangibles y medibles de la asignación de trabajo', 'consultores de categoría a: tareas por desempeñar en el marco de este contrato', 'productos tangibles y medibles de la asignación de trabajo', 'productos tangibles y medibles del trabajo', 'productos tangibles y medibles', 'tareas por desempeñar en el marco de este contrato', 'consultores de categoría b', 'consultores de categoría a'] },

  { kind: 'learningElements', lang: 'en', phrases: ['coaching and learning elements', 'learning elements', 'training and learning elements', 'training components and learning elements', 'training and learning'] },
  { kind: 'learningElements', lang: 'fr', phrases: ["éléments de coaching et d'apprentissage", "éléments d'apprentissage", 'formation et apprentissage', "éléments de formation et d'apprentissage"] },
  { kind: 'learningElements', lang: 'es', phrases: ['elementos de orientación y aprendizaje', 'elementos de aprendizaje', 'formación y aprendizaje', 'capacitación y aprendizaje', 'elementos de formación y aprendizaje'] },

  { kind: 'performanceIndicators', lang: 'en', phrases: ['performance indicators for the evaluation of results', 'performance indicators'] },
  { kind: 'performanceIndicators', lang: 'fr', phrases: ["indicateurs de performance pour l'évaluation des résultats", 'indicateurs de performance'] },
  { kind: 'performanceIndicators', lang: 'es', phrases: ['indicadores de desempeño para la evaluación de resultados', 'indicadores de desempeño'] },

  { kind: 'qualifications', lang: 'en', phrases: ['required qualifications and experience', 'qualifications and experience', 'qualifications', 'required qualifications', 'required skills and experience', 'standard minimum qualifications', 'minimum qualifications', 'requirements', 'to qualify as an advocate for every child you will have...', 'to qualify as an advocate for every child you will have…', 'to qualify as an advocate for every child you will have', 'what you need', 'profile', 'education, experience and/or skills required', 'education, experience and / or skills required'] },
  { kind: 'qualifications', lang: 'fr', phrases: ['qualifications et expérience requises', 'qualifications requises', 'qualifications', 'profil requis', 'exigences', 'formation, expérience et/ou compétences requises', 'formation, expérience et / ou compétences requises', 'qualifications et expérience'] },
  { kind: 'qualifications', lang: 'es', phrases: ['calificaciones y experiencia requeridas', 'requisitos y experiencia', 'requisitos', 'calificaciones requeridas', 'perfil requerido', 'educación, experiencia y/o habilidades requeridas', 'educación, experiencia y / o habilidades requeridas', 'requisitos y calificaciones', 'calificaciones y experiencia'] },

  { kind: 'education', lang: 'en', phrases: ['education', 'educational background', 'academic qualifications', 'education and experience'] },
  { kind: 'education', lang: 'fr', phrases: ['formation', 'éducation', 'études', 'formation universitaire'] },
  { kind: 'education', lang: 'es', phrases: ['educación', 'formación académica', 'formación', 'estudios'] },

  { kind: 'experience', lang: 'en', phrases: ['experience', 'work experience', 'professional experience', 'desired experiences for entry into the role', 'relevant experience'] },
  { kind: 'experience', lang: 'fr', phrases: ['expérience', 'expérience professionnelle'] },
  { kind: 'experience', lang: 'es', phrases: ['experiencia', 'experiencia laboral', 'experiencia profesional'] },

  { kind: 'skills', lang: 'en', phrases: ['skills', 'knowledge & skills', 'knowledge and skills', 'technical skills', 'skills and competencies', 'other skills'] },
  { kind: 'skills', lang: 'fr', phrases: ['aptitudes', 'connaissances et aptitudes', 'compétences techniques'] },
  { kind: 'skills', lang: 'es', phrases: ['habilidades', 'conocimientos y habilidades', 'aptitudes'] },

  { kind: 'languages', lang: 'en', phrases: ['languages', 'language', 'language requirements', 'language skills'] },
  { kind: 'languages', lang: 'fr', phrases: ['langues', 'connaissances linguistiques', 'langue'] },
  { kind: 'languages', lang: 'es', phrases: ['idiomas', 'requisitos de idioma', 'idioma'] },

  { kind: 'languagesRequired', lang: 'en', phrases: ['required', 'mandatory', 'essential'], within: ['languages', 'languagesRequired', 'languagesAdvantageous'] },
  { kind: 'languagesRequired', lang: 'fr', phrases: ['requis', 'requises', 'obligatoire'], within: ['languages', 'languagesRequired', 'languagesAdvantageous'] },
  { kind: 'languagesRequired', lang: 'es', phrases: ['requerido', 'requeridos', 'obligatorio'], within: ['languages', 'languagesRequired', 'languagesAdvantageous'] },
  { kind: 'languagesAdvantageous', lang: 'en', phrases: ['advantageous', 'desirable', 'an asset', 'asset', 'preferred'], within: ['languages', 'languagesRequired', 'languagesAdvantageous'] },
  { kind: 'languagesAdvantageous', lang: 'fr', phrases: ['un atout', 'atout', 'souhaitable', 'souhaité'], within: ['languages', 'languagesRequired', 'languagesAdvantageous'] },
  { kind: 'languagesAdvantageous', lang: 'es', phrases: ['deseable', 'ventajoso', 'una ventaja'], within: ['languages', 'languagesRequired', 'languagesAdvantageous'] },

  { kind: 'competencies', lang: 'en', phrases: ['competencies', 'required competencies', 'competency', 'for every child, you demonstrate...', 'for every child, you demonstrate…', 'for every child, you demonstrate', 'values and competencies', 'leadership framework', 'wfp leadership framework'] },
  { kind: 'competencies', lang: 'fr', phrases: ['compétences', 'compétences requises', 'valeurs et compétences'] },
  { kind: 'competencies', lang: 'es', phrases: ['competencias', 'competencias requeridas', 'valores y competencias'] },
  { kind: 'values', lang: 'en', phrases: ['values', 'core values'] },
  { kind: 'values', lang: 'fr', phrases: ['valeurs', 'valeurs fondamentales'] },
  { kind: 'values', lang: 'es', phrases: ['valores', 'valores fundamentales'] },
  { kind: 'coreCompetencies', lang: 'en', phrases: ['core competencies'] },
  { kind: 'coreCompetencies', lang: 'en', phrases: ['core'], within: ['competencies', 'values', 'coreCompetencies', 'managerialCompetencies'] },
  { kind: 'managerialCompetencies', lang: 'en', phrases: ['managerial', 'management'], within: ['competencies', 'values', 'coreCompetencies', 'managerialCompetencies'] },
  { kind: 'coreCompetencies', lang: 'fr', phrases: ['compétences clés', 'compétences de base', 'compétences fondamentales'] },
  { kind: 'coreCompetencies', lang: 'es', phrases: ['competencias básicas', 'competencias esenciales', 'competencias principales', 'competencias clave'] },
  { kind: 'managerialCompetencies', lang: 'en', phrases: ['managerial competencies', 'management competencies'] },
  { kind: 'managerialCompetencies', lang: 'fr', phrases: ['compétences managériales', 'compétences en gestion', "compétences d'encadrement"] },
  { kind: 'managerialCompetencies', lang: 'es', phrases: ['competencias gerenciales', 'competencias directivas', 'competencias de gestión'] },

  { kind: 'introduction', lang: 'en', phrases: ['introduction', 'about iom', 'about us', 'about the organization'] },
  { kind: 'introduction', lang: 'fr', phrases: ['introduction', "à propos de l'oim"] },
  { kind: 'introduction', lang: 'es', phrases: ['introducción', 'acerca de la oim'] },
  { kind: 'notes', lang: 'en', phrases: ['notes', 'note', 'other', 'special notice', 'remarks', 'additional information', 'other information', 'terms and conditions', 'disclaimer', 'other sections'] },
  { kind: 'notes', lang: 'fr', phrases: ['notes', 'remarques', 'autres', 'avis spécial', 'informations complémentaires', 'autres sections'] },
  { kind: 'notes', lang: 'es', phrases: ['notas', 'observaciones', 'otros', 'aviso especial', 'información adicional', 'otras secciones'] },
  { kind: 'howToApply', lang: 'en', phrases: ['how to apply', 'application process', 'application instructions', 'deadline for applications'] },
  { kind: 'howToApply', lang: 'fr', phrases: ['comment postuler', 'comment poser sa candidature', 'procédure de candidature'] },
  { kind: 'howToApply', lang: 'es', phrases: ['cómo postular', 'cómo presentar su candidatura', 'como postular', 'procedimiento de solicitud'] },
  { kind: 'postingPeriod', lang: 'en', phrases: ['posting period'] },
  { kind: 'postingPeriod', lang: 'fr', phrases: ["période d'affichage", 'période de publication'] },
  { kind: 'postingPeriod', lang: 'es', phrases: ['período de publicación', 'periodo de publicación', 'periodo de publicacion'] },
  { kind: 'noFees', lang: 'en', phrases: ['no fees', 'no fee'] },
  { kind: 'noFees', lang: 'fr', phrases: ['pas de frais', 'aucun frais'] },
  { kind: 'noFees', lang: 'es', phrases: ['sin cargos', 'sin tarifas', 'ningún cargo'] },
  { kind: 'travel', lang: 'en', phrases: ['travel required', 'travel'] },
  { kind: 'travel', lang: 'fr', phrases: ['déplacements requis', 'voyages requis', 'déplacements'] },
  { kind: 'travel', lang: 'es', phrases: ['viajes requeridos', 'viajes'] },
  { kind: 'assessment', lang: 'en', phrases: ['assessment', 'assessment method'] },
  { kind: 'assessment', lang: 'fr', phrases: ['évaluation', "méthode d'évaluation"] },
  { kind: 'assessment', lang: 'es', phrases: ['evaluación', 'método de evaluación'] },
]

export const openers: OpenerEntry[] = [
  { kind: 'introduction', lang: 'en', prefixes: ['established in 1951, iom is'] },
  { kind: 'introduction', lang: 'fr', prefixes: ["créée en 1951, l'oim", "fondée en 1951, l'oim"] },
  { kind: 'introduction', lang: 'es', prefixes: ['fundada en 1951, la oim', 'establecida en 1951, la oim'] },
  { kind: 'candidates', lang: 'en', prefixes: ['applications are welcome from first- and second-tier candidates', 'for the purpose of this vacancy, the following are considered first-tier candidates', 'second tier candidates include', 'second-tier candidates include'] },
  { kind: 'candidates', lang: 'fr', prefixes: ['les candidatures sont les bienvenues', 'aux fins de cet avis de vacance'] },
  { kind: 'candidates', lang: 'es', prefixes: ['se aceptan solicitudes', 'a los efectos de esta vacante'] },
]
