// Words that tell what a requirement sentence means: whether a year count is about experience, whether
// "no experience" is asked, whether a sentence outside the qualification sections states a requirement,
// whether a language is named as a skill or only as the organisation's working language, and which
// phrases look like degree words but are not ("maîtrise de l'anglais", "driving licence").
import { z } from 'zod'

export const requirementWordsSchema = z.object({
  experience: z.array(z.string()).describe('Words that make a year count an experience requirement'),
  noExperience: z.array(z.string()).describe('Phrases that, with an experience word, ask for no experience (0 years)'),
  cues: z.array(z.string()).describe('Words that make a sentence outside the qualification sections a requirement'),
  languageSkills: z.array(z.string()).describe('Words that make a language named in a requirement list a skill asked for'),
  languageContext: z.array(z.string()).describe('Phrases that make a sentence naming languages a statement about the organisation, not a requirement'),
  profileWords: z.array(z.string()).describe('Words that in a heading name the profile sought, not an extra ("Profil souhaité")'),
  labelNouns: z.array(z.string()).describe('Nouns after a stance word that make it a label for what follows ("Desirable languages")'),
  degreeLookalikes: z.array(z.string()).describe('Phrases that hold a degree word without naming a degree'),
})
export type RequirementWords = z.infer<typeof requirementWordsSchema>

export const requirementWords: RequirementWords = {
  experience: ['experience', 'experiences', 'expérience', 'expériences', 'experiencia', 'experiencias', 'expertise'],
  noExperience: ['not required', 'no prior', 'no previous', 'no experience', 'not necessary', 'not needed', 'not mandatory',
    'aucune', "pas d'expérience", 'pas requise', 'pas exigée', 'pas nécessaire', 'sans expérience',
    'sin experiencia', 'no se requiere', 'no requiere', 'no es necesaria', 'no es necesario', 'no requerida'],
  cues: ['required', 'requirement', 'requirements', 'minimum', 'at least', 'must', 'should have', 'holder', 'or equivalent', 'or higher', 'mandatory', 'essential', 'in lieu of', 'may be accepted',
    'requis', 'requise', 'exigé', 'exigée', 'obligatoire', 'indispensable', 'au moins', 'au minimum', 'titulaire', 'vous disposez', 'vous avez', 'vous êtes', 'ou équivalent', 'ou supérieur', 'diplômé', 'diplômée', 'en lieu et place', 'au lieu de',
    'requerido', 'requerida', 'requisito', 'requisitos', 'mínimo', 'mínima', 'al menos', 'se requiere', 'imprescindible', 'obligatorio', 'obligatoria', 'o equivalente', 'o superior', 'en lugar de', 'en sustitución de', 'egresado', 'egresada', 'titulado', 'titulada'],
  languageSkills: ['skills', 'skill', 'writing', 'written', 'spoken', 'oral', 'orally', 'verbal', 'speaking', 'reading', 'fluency', 'fluent', 'proficiency', 'proficient',
    'command', 'knowledge', 'mastery', 'communication', 'report-writing', 'ability', 'level',
    'compétences', 'maîtrise', 'maitrise', 'maîtrisez', 'maitrisez', 'connaissance', 'connaissances', 'écrit', 'parlé', "à l'oral", "à l'écrit", 'niveau', 'courant', 'capacité',
    'dominio', 'escrito', 'hablado', 'conocimiento', 'conocimientos', 'nivel', 'capacidad', 'habilidades', 'fluidez'],
  languageContext: ['are the working languages', 'working languages are', 'is the working language', 'working language is', 'are the official languages', 'official languages are',
    'sont les langues de travail', 'langues de travail sont', 'est la langue de travail', 'langue de travail est',
    'son los idiomas de trabajo', 'idiomas de trabajo son', 'es el idioma de trabajo', 'idioma de trabajo es', 'son las lenguas de trabajo',
    'applications in', 'application in', 'will only accept', 'submitted in', 'cover letter', 'lettre de motivation', 'carta de presentación'],
  profileWords: ['souhaité', 'souhaitée', 'souhaités', 'souhaitées', 'recherché', 'recherchée', 'deseado', 'deseada'],
  labelNouns: ['language', 'languages', 'qualifications', 'skills', 'langue', 'langues', 'compétences', 'idioma', 'idiomas', 'lengua', 'lenguas', 'requisitos', 'competencias'],
  degreeLookalikes: ['driving licence', "driver's licence", 'drivers licence', 'licence to', 'software licence', 'licence fees',
    'maîtrise de', 'maîtrise du', 'maîtrise des', "maîtrise d'", 'maîtrise parfaite', 'bonne maîtrise', 'excellente maîtrise', 'parfaite maîtrise',
    'master plan', 'master plans', 'master data', 'master list', 'master lists', 'master trainer', 'master trainers', 'master file', 'master class', 'masterclass', 'scrum master'],
}
