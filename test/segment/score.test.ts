// Headings read by meaning and structure (issue 12, capability 2) and list structure (capability 5), on
// short hand-written snippets: words the phrase table does not hold, the form of a line, what follows it,
// the heading hierarchy, group names, inline numbering and "OR" lines.
import { describe, expect, it } from 'vitest'
import { defaultData, parse } from '../../src/index.js'
import { scoreHeading } from '../../src/segment/score.js'

const kinds = (text: string): string[] => parse(text).tor.sections.map((section) => section.kind)
const duties = (text: string): string[] => parse(text).tor.responsibilities.map((item) => item.text)

describe('headings by the words they hold', () => {
  it.each([
    ['Purpose of the consultancy', 'context'],
    ['Key functions, accountabilities and related duties/tasks', 'responsibilities'],
    ['Vos missions', 'responsibilities'],
    ['Actividades a realizar', 'responsibilities'],
    ['Qualifications/special skills', 'qualifications'],
    ['Job Requirement', 'qualifications'],
    ['Languages Requirements', 'languages'],
    ['Experiencia y competencias', 'experience'],
    ['Ce que nous offrons : livrables et durée', 'other'],
  ])('"%s" opens a %s section', (heading, kind) => {
    expect(kinds(`Intro line.\n\n**${heading}**\n\nSome words here.\n`)).toContain(kind)
  })

  it('says where the score comes from', () => {
    const { segmented } = parse('**Key tasks of the post**\n\n- Draft the plan.\n')
    const block = segmented.blocks[0]!
    const score = scoreHeading(block, segmented.blocks.slice(1), defaultData, false)
    expect(score.kind).toBe('responsibilities')
    expect(score.reasons).toEqual(expect.arrayContaining(['form bold line (rank 8) +2', 'words "tasks" +3 responsibilities']))
  })

  it('a plain line of a few words opens a section only when its words are strong', () => {
    expect(kinds('Intro sentence here.\n\nTaches Spécifiques\n\n- Assurer le suivi des comptes.\n- Préparer les rapports mensuels.\n')).toContain('responsibilities')
    expect(kinds('Intro sentence here.\n\nThe Role Today\n\n- Something.\n')).not.toContain('responsibilities')
  })
})

describe('headings by what follows them', () => {
  it('a heading over task lines is the duties, one over degrees and years the requirements', () => {
    const text = '## Votre quotidien\n\n- Assurer la coordination des équipes.\n- Préparer les rapports.\n- Suivre le budget du projet.\n\n## Ce qu’il faut\n\n- Diplôme de master en gestion.\n- 5 ans d’expérience minimum.\n'
    expect(kinds(text)).toEqual(['responsibilities', 'qualifications'])
  })
  it('a heading over prose is left unknown', () => {
    expect(kinds('## In short\n\nWe work in ten countries.\n\nOur teams are small.\n')).toEqual(['other'])
  })
  it('a sentence announcing the duties opens them', () => {
    const text = '## Description\n\nThe office supports ten countries.\n\nThe key responsibilities of the role include:\n\n- Lead the survey.\n- Train the enumerators.\n'
    expect(duties(text)).toEqual(['Lead the survey.', 'Train the enumerators.'])
  })
})

describe('heading hierarchy', () => {
  it('a sub-heading ("Strategic Planning:") stays inside the duties', () => {
    const text = '## Responsibilities\n\nStrategic Planning:\n\n- Lead the plan.\n- Review the plan.\n\n**Team Management**\n\n- Coach the team.\n\n## Qualifications\n\n- A degree.\n'
    expect(duties(text)).toEqual(['Lead the plan.', 'Review the plan.', 'Coach the team.'])
  })
  it('an unknown heading of a lower level stays inside; one of the same level closes the section', () => {
    const text = '## Responsibilities\n\n- Lead the plan.\n\n### Field work\n\n- Visit the sites.\n\n## Our office in town\n\n- Free coffee.\n'
    expect(duties(text)).toEqual(['Lead the plan.', 'Visit the sites.'])
  })
  it('a heading naming a section that is neither closes the duties', () => {
    const text = '**Scope of Work**\n\n- Review the designs.\n\n**Institutional Arrangements**\n\n- The consultant reports to the manager.\n'
    expect(duties(text)).toEqual(['Review the designs.'])
  })
})

describe('list structure', () => {
  it('numbered bold group names count once, holding their tasks', () => {
    const text = '## Duties\n\n**A. Planning**\n\n- Draft the plan.\n- Share the plan.\n\n**B. Reporting**\n\n- Write the report.\n'
    const { tor } = parse(text)
    expect(tor.responsibilities.map((item) => [item.label, item.text, item.children.length])).toEqual([
      ['A', 'Planning', 2],
      ['B', 'Reporting', 1],
    ])
  })
  it('unnumbered sub-headings only sort the tasks', () => {
    expect(duties('## Duties\n\n**Planning**\n\n- Draft the plan.\n\n**Reporting**\n\n- Write the report.\n')).toHaveLength(2)
  })
  it('a bullet on a later line of a numbered item is nested in it', () => {
    const text = '## Duties\n\n1. **Planning**  \n    **•** Draft the plan.  \n    **•** Share the plan.\n2. **Reporting**  \n    **•** Write the report.\n'
    expect(parse(text).tor.responsibilities.map((item) => item.children.length)).toEqual([2, 1])
  })
  it('short numbered items with their bullets at the same level are groups', () => {
    const text = '## Funciones\n\n1. Gestión de proyecto.\n\n- Apoyar la redacción.\n- Elaborar informes.\n\n1. Coordinación\n\n- Participar en reuniones.\n'
    expect(parse(text).tor.responsibilities.map((item) => item.children.length)).toEqual([2, 1])
  })
  it('escaped numbering and dashes are list items', () => {
    expect(duties('## Duties\n\n1\\. Draft the plan.\n\n2\\. Share the plan.\n')).toEqual(['Draft the plan.', 'Share the plan.'])
    expect(duties('## Tâches\n\n\\- Assurer le suivi.  \n\\- Préparer les rapports.\n')).toEqual(['Assurer le suivi.', 'Préparer les rapports.'])
  })
  it('items numbered inside one paragraph are items', () => {
    expect(duties('## Duties\n\nThe consultant will: 1) draft the plan; 2) run the survey; 3) write the report.\n')).toEqual(['draft the plan;', 'run the survey;', 'write the report.'])
  })
  it('a list given twice under the same numbers is one list', () => {
    const text = '## Duties\n\n**1. Plan**\n\n- Draft.\n\n**2. Report**\n\n- Write.\n\n## Tâches\n\n**1. Planifier**\n\n- Rédiger.\n\n**2. Rendre compte**\n\n- Écrire.\n'
    expect(duties(text)).toEqual(['Plan', 'Report'])
  })
  it('an "or" line between alternatives continues neither', () => {
    const { tor } = parse("## Qualifications\n\n- Master's degree in law and two years of experience\n\nor\n\n- Bachelor's degree in law and four years of experience\n")
    expect(tor.qualifications.education.map((item) => item.text)).toEqual(["Master's degree in law and two years of experience", "Bachelor's degree in law and four years of experience"])
  })
})
