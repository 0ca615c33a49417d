// Degree words and the level each names. Longer phrases are matched first, so "advanced university
// degree" is a master's before "university degree" can be read as a bachelor's.
import { z } from 'zod'
import { degreeLevelSchema } from '../schema.js'

export const degreeWordSchema = z.object({
  level: degreeLevelSchema,
  lang: z.string(),
  phrases: z.array(z.string().min(1)),
})
export type DegreeWord = z.infer<typeof degreeWordSchema>

export const degreeWords: DegreeWord[] = [
  { level: 'doctorate', lang: 'en', phrases: ['phd', 'ph.d.', 'ph.d', 'doctorate', 'doctoral degree'] },
  { level: 'doctorate', lang: 'fr', phrases: ['doctorat'] },
  { level: 'doctorate', lang: 'es', phrases: ['doctorado'] },
  { level: 'master', lang: 'en', phrases: ["master's degree", 'masters degree', "master's", 'masters', 'master degree', 'master', 'advanced university degree', 'advanced degree', 'postgraduate degree', 'post-graduate degree', 'graduate degree', 'mba', 'second university degree', 'second-level university degree', 'graduate school', 'graduate programme', 'graduate program', 'postgraduate'] },
  { level: 'master', lang: 'fr', phrases: ['maîtrise', 'maitrise', 'mastère', 'diplôme universitaire supérieur', 'diplôme de troisième cycle', 'diplôme de master', 'bac+5', 'bac+6', 'bac+4', 'diplôme d’ingénieur', "diplôme d'ingénieur"] },
  { level: 'master', lang: 'es', phrases: ['maestría', 'maestria', 'máster', 'título universitario superior', 'título de posgrado', 'posgrado', 'postgrado', 'magíster', 'magister'] },
  { level: 'bachelor', lang: 'en', phrases: ["bachelor's degree", 'bachelors degree', "bachelor's", 'bachelors', 'bachelor degree', 'bachelor', 'first-level university degree', 'first level university degree', 'university degree', 'undergraduate degree', 'college degree', 'first university degree', 'first-level degree', 'first level degree', 'mbbs', 'university studies'] },
  { level: 'bachelor', lang: 'fr', phrases: ['licence', 'diplôme universitaire de premier cycle', 'diplôme universitaire', 'baccalauréat universitaire', 'bac+3', 'études universitaires', 'formation universitaire', 'niveau licence'] },
  { level: 'bachelor', lang: 'es', phrases: ['licenciatura', 'título universitario', 'grado universitario', 'título profesional', 'estudios universitarios', 'formación universitaria', 'profesional titulado', 'profesional recién titulado', 'egresado', 'egresada', 'titulado universitario', 'titulada universitaria'] },
  { level: 'diploma', lang: 'en', phrases: ['associate degree', 'technical diploma', 'diploma', 'technical certificate'] },
  { level: 'diploma', lang: 'fr', phrases: ['diplôme technique', 'bts', 'bac+2', 'dut', 'brevet de technicien'] },
  { level: 'diploma', lang: 'es', phrases: ['diplomado', 'título técnico', 'educación técnica', 'formación técnica', 'técnico superior', 'tecnólogo', 'tecnóloga', 'educación tecnológica'] },
  { level: 'secondary', lang: 'en', phrases: ['secondary education', 'secondary school', 'high school', 'high-school', 'high school diploma', 'secondary school diploma'] },
  { level: 'secondary', lang: 'fr', phrases: ['enseignement secondaire', 'études secondaires', 'baccalauréat'] },
  { level: 'secondary', lang: 'es', phrases: ['educación secundaria', 'bachillerato', 'escuela secundaria'] },
]
