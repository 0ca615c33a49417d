// How prose names the post when no label gives its title: "As the Finance Officer, you will ...", "X is
// looking for a Driver", "au poste de Directeur ...", "The Project Manager will ...".
import { z } from 'zod'

export const titleCuesSchema = z.object({
  nouns: z.array(z.string()).describe('Head nouns of job titles in English, French and Spanish, matched as whole words without case'),
  roleLeads: z.array(z.string()).describe('Leads of a sentence that casts the reader in the post ("As the", "En tant que", "Como")'),
  postLeads: z.array(z.string()).describe('Leads that name the post after them ("for the position of", "au poste de")'),
  hiring: z.array(z.string()).describe('Hiring verbs whose object is the post ("is looking for", "recrute", "busca")'),
  articles: z.array(z.string()).describe('Indefinite articles before the post, inclusive forms included ("un.e", "un/a")'),
  subjectArticles: z.array(z.string()).describe('Definite articles before the post as a subject ("The", "Le/la", "El/la")'),
  subjectVerbs: z.array(z.string()).describe('What the post as a subject does ("will", "is responsible", "est en charge", "será")'),
  stops: z.array(z.string()).describe('Words that end a post named as an object ("based", "with", "altamente", "basé")'),
  countWords: z.array(z.string()).describe('Words of a trailing count to drop from a title ("(2 positions)")'),
})
export type TitleCues = z.infer<typeof titleCuesSchema>

export const titleCues: TitleCues = {
  nouns: [
    'officer', 'assistant', 'associate', 'specialist', 'coordinator', 'manager', 'consultant', 'analyst', 'advisor', 'adviser', 'expert', 'director', 'head', 'clerk', 'engineer', 'driver',
    'intern', 'researcher', 'lead', 'leader', 'chief', 'representative', 'administrator', 'trainer', 'facilitator', 'caseworker', 'mobilizer', 'mobiliser', 'fundraiser', 'lawyer', 'epidemiologist', 'accountant', 'investigator',
    'chef', 'chargé', 'chargée', 'chargé(e)', 'chargé.e', 'coordinateur', 'coordinatrice', 'responsable', 'directeur', 'directrice', 'conseiller', 'conseillère', 'assistant.e', 'gestionnaire', 'consultant.e', 'expert.e', 'administrateur', 'administratrice', 'stagiaire',
    'oficial', 'asistente', 'coordinador', 'coordinadora', 'gerente', 'director', 'directora', 'técnico', 'técnica', 'líder', 'consultor', 'consultora', 'asesor', 'asesora', 'jefe', 'jefa', 'responsable', 'pasante',
  ],
  roleLeads: ['as the', 'as a', 'as an', 'as', 'en tant que', 'comme', 'como'],
  postLeads: ['for the position of', 'for the post of', 'for the role of', 'pour le poste de', 'au poste de', 'poste de', 'para el puesto de', 'para el cargo de', 'al puesto de'],
  hiring: ['is looking for', 'is seeking', 'is recruiting', 'is currently recruiting', 'is currently looking for', 'is hiring', 'recherche', 'recrute', 'souhaite recruter', 'busca', 'está buscando', 'requiere'],
  articles: ['a', 'an', 'un', 'une', 'un.e', 'un(e)', 'un/une', 'un/a', 'un(a)', 'una'],
  subjectArticles: ['the role', 'the position', 'le poste', 'el puesto', 'the', 'le/la', 'la/le', 'le', 'la', "l'", 'l’', 'el/la', 'el', 'la persona'],
  subjectVerbs: ['will', 'shall', 'is responsible', 'position is', 'role is', 'est en charge', 'est responsable', 'sera', 'aura', 'será', 'apoyará', 'tendrá', 'es responsable'],
  stops: ['based', 'with', 'who', 'to', 'for', 'in', 'highly', 'qualified', 'avec', 'pour', 'qui', 'basé', 'basée', 'basé(e)', 'à', 'altamente', 'calificado', 'calificada', 'calificado/a', 'con', 'para', 'que', 'en', 'ubicado', 'ubicada'],
  countWords: ['positions', 'position', 'posts', 'vacancies', 'postes', 'poste', 'puestos', 'plazas'],
}
