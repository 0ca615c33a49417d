// What a requirement means: the years that go with each degree route, number words in three languages,
// degree words in English, French and Spanish, and languages sorted clause by clause. Every snippet is
// made up for the case it shows.
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { defaultData } from '../../src/data/index.js'
import { educationFromStatements, languagesFromStatements, type Statement } from '../../src/extract/requirements.js'

const tor = (text: string) => parse(text, { path: 'snippet.md' }).tor
const qualifications = (text: string) => {
  const { degreeLevels, minYearsExperience } = tor(text).qualifications
  return { degreeLevels, minYearsExperience }
}
const languages = (text: string) => {
  const { required, advantageous } = tor(text).languages
  return { required: [...required].sort(), advantageous: [...advantageous].sort() }
}
const inList = (...texts: string[]): Statement[] => texts.map((text) => ({ text, tier: 'requirements', stance: null }))

describe('years go with the degree route they are written with', () => {
  it('takes the years of the highest degree, not the smallest count', () => {
    const text = "# Officer\n\n## Education\n\n- Bachelor's degree with four years of relevant experience; or\n- Master's degree with two years of relevant experience.\n"
    expect(qualifications(text)).toEqual({ degreeLevels: ['master', 'bachelor'], minYearsExperience: 2 })
  })

  it('reads 0 when only the lower route names years', () => {
    const text = "# Officer\n\n## Education\n\n- Bachelor's degree in law with three years of relevant experience; or\n- Master's degree in law.\n"
    expect(qualifications(text).minYearsExperience).toBe(0)
  })

  it('takes the main count, not the part of it that follows', () => {
    const text = '# Officer\n\n## Experience\n\n- At least seven years of experience in information systems, of which five years in management.\n'
    expect(qualifications(text).minYearsExperience).toBe(7)
  })

  it('does not read how long the organisation has worked as a requirement', () => {
    const only = '# Officer\n\nThe Agency has been working in the region for more than 40 years.\n\n## Duties\n\n- Draft reports.\n'
    expect(qualifications(only).minYearsExperience).toBeNull()
    const both = `${only}\n## Experience\n\n- Minimum 3 years of experience in logistics.\n`
    expect(qualifications(both).minYearsExperience).toBe(3)
  })

  it('reads number words in English, French and Spanish, and "1-year"', () => {
    expect(educationFromStatements(inList('Eight years of progressively responsible experience.'), defaultData).minYearsExperience).toBe(8)
    expect(educationFromStatements(inList("Au moins huit ans d'expérience professionnelle."), defaultData).minYearsExperience).toBe(8)
    expect(educationFromStatements(inList('Mínimo tres (3) años de experiencia en logística.'), defaultData).minYearsExperience).toBe(3)
    expect(educationFromStatements(inList('A minimum of 1-year relevant experience.'), defaultData).minYearsExperience).toBe(1)
  })

  it('reads "no experience required" as 0', () => {
    expect(educationFromStatements(inList('Applicants are not required to have professional work experience.'), defaultData).minYearsExperience).toBe(0)
    expect(educationFromStatements(inList('Aucune expérience professionnelle requise.'), defaultData).minYearsExperience).toBe(0)
  })

  it('does not count years asked only as an advantage', () => {
    const statements = inList('Two years of experience in procurement.', 'Five years of experience in a UN agency is an asset.')
    expect(educationFromStatements(statements, defaultData).minYearsExperience).toBe(2)
  })
})

describe('degree levels in three languages', () => {
  const levels = (...texts: string[]) => educationFromStatements(inList(...texts), defaultData).degreeLevels

  it('reads French and Spanish degree words from the table', () => {
    expect(levels("Titulaire d'un Bac +5 en gestion financière.")).toEqual(['master'])
    expect(levels('Licenciatura en ciencias sociales.')).toEqual(['bachelor'])
    expect(levels('Título profesional en derecho o diplomado en áreas afines.')).toEqual(['bachelor', 'diploma'])
    expect(levels('Educación técnica o estudios universitarios en administración.')).toEqual(['bachelor', 'diploma'])
  })

  it('counts a general degree narrowed by the level after it as that level', () => {
    expect(levels("Vous disposez d'un diplôme universitaire (master) en droit.")).toEqual(['master'])
    expect(levels('Un diplôme universitaire de niveau Master en sciences sociales.')).toEqual(['master'])
  })

  it('does not read mastery of a language or a driving licence as a degree', () => {
    expect(levels("Une bonne maîtrise de l'anglais.", 'A valid driving licence.')).toEqual([])
  })

  it('leaves out a degree named only as an advantage', () => {
    expect(levels("Bachelor's degree in economics.", "A master's degree would be an asset.")).toEqual(['bachelor'])
    expect(levels('High school diploma with five years of experience.', 'Other diploma or training certification, an advantage.')).toEqual(['secondary'])
  })

  it('finds requirements under a heading it does not know', () => {
    const text = "# Finance Manager\n\n## What you will bring\n\n- Bachelor's degree in finance.\n- Minimum three years of experience in a finance role.\n- Working proficiency in English.\n"
    expect(qualifications(text)).toEqual({ degreeLevels: ['bachelor'], minYearsExperience: 3 })
    expect(languages(text)).toEqual({ required: ['English'], advantageous: [] })
  })

  it('does not take a degree named in passing outside the requirements', () => {
    const text = "# Officer\n\nThe Public Health Division (PHD) runs a master's programme with partner universities.\n\n## Duties\n\n- Support the programme.\n"
    expect(qualifications(text).degreeLevels).toEqual([])
  })
})

describe('languages, clause by clause', () => {
  it('"English and Arabic; French an asset"', () => {
    expect(languages('# Officer\n\n## Languages\n\nFluency in English and Arabic; French an asset.\n')).toEqual({ required: ['Arabic', 'English'], advantageous: ['French'] })
  })

  it('reads the stance word before or after the names', () => {
    const statements: Statement[] = [{ text: "Vous maîtrisez parfaitement le français, l'anglais et l'arabe sont un vrai plus.", tier: 'requirements', stance: null }]
    const found = languagesFromStatements(statements, defaultData)
    expect(found.required).toEqual(['French'])
    expect([...found.advantageous].sort()).toEqual(['Arabic', 'English'])
  })

  it('reads French and Spanish wording', () => {
    expect(languages("# Poste\n\n## Langues\n\n- La maîtrise du français est exigée.\n- L'anglais est un atout.\n")).toEqual({ required: ['French'], advantageous: ['English'] })
    expect(languages('# Puesto\n\n## Requisitos\n\n**Idiomas**: Imprescindible excelente nivel de castellano. Deseable: inglés y portugués.\n')).toEqual({
      required: ['Spanish'],
      advantageous: ['English', 'Portuguese'],
    })
  })

  it('finds languages in the qualification list, without a Languages heading', () => {
    expect(languages("# Officer\n\n## Qualifications\n\n- Master's degree in statistics.\n- Excellent English writing skills.\n")).toEqual({ required: ['English'], advantageous: [] })
  })

  it('does not read the working languages of the organisation as a requirement', () => {
    const text = '# Officer\n\n## Languages\n\nEnglish and French are the working languages of the Secretariat. For this post, fluency in English is required.\n'
    expect(languages(text)).toEqual({ required: ['English'], advantageous: [] })
  })

  it('does not read a region ("French-speaking countries") as a language asked for', () => {
    const text = '# Officer\n\n## Profile\n\n- Knowledge of French-speaking West Africa.\n- Fluency in English.\n'
    expect(languages(text)).toEqual({ required: ['English'], advantageous: [] })
  })

  it('lets a clause that calls a language an advantage outrank a bare listing', () => {
    const text = '# Puesto\n\n## Perfil\n\n- Dominio de la lengua inglesa es una ventaja.\n\n## Idiomas\n\n- Español\n- Inglés\n'
    expect(languages(text)).toEqual({ required: ['Spanish'], advantageous: ['English'] })
  })

  it('gives a label line its stance for the list under it', () => {
    const text = '# Consultant\n\n## Profile\n\nEssential\n\n- Excellent command of English.\n\nDesirable\n\n- Knowledge of Russian.\n'
    expect(languages(text)).toEqual({ required: ['English'], advantageous: ['Russian'] })
  })

  it('keeps a language in both lists when two clauses contradict each other', () => {
    const found = languagesFromStatements(
      [{ text: 'Fluency in English is required. Knowledge of English is an advantage.', tier: 'languages', stance: null }],
      defaultData,
    )
    expect(found).toEqual({ required: ['English'], requiredOneOf: [], advantageous: ['English'] })
  })
})
