// Capability: labels in every shape. Short synthetic notices, one shape each.
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

const position = (text: string, path = 'notice.md') => parse(text, { path }).tor.position

describe('label shapes', () => {
  it('reads a value glued to its label by bold markup', () => {
    expect(position('Duty Station:**Hargeisa**\n\nSome context about the office.\n').dutyStation).toBe('Hargeisa')
  })
  it('reads a label without a colon when it is two words or more, or bold', () => {
    // One row a paragraph (or a line of its own in HTML, after a <br>): lines of one paragraph are one text.
    const p = position('Duty Station Kismayo, Somalia\n\nReports directly to Area Manager\n\n**Contract** Fixed term\n')
    expect(p.dutyStation).toBe('Kismayo, Somalia')
    expect(p.reportsTo).toBe('Area Manager')
    expect(p.appointmentType).toBe('Fixed term')
  })
  it('does not read a sentence or a duty that starts with a label word as a label', () => {
    const p = position('Location of the warehouses will be decided later.\n\n## Responsibilities\n\n- Duty Station Management for the region\n')
    expect(p.dutyStation).toBeNull()
  })
  it('reads the value on the line after a label line, bold or ending with a colon', () => {
    expect(position('**Work Location**\n\nGarowe (in person)\n\n**Expected duration**\n\nSix months\n').dutyStation).toBe('Garowe (in person)')
    expect(position("Lieu d'affectation :\nLe poste est à Dosso.\n", 'avis.txt').dutyStation).toBe('Le poste est à Dosso.')
  })
  it('reads the value under a heading that names the field', () => {
    expect(position('### Location ###\n\nBosaso\n\n### Closing date ###\n\n3 March 2031\n')).toMatchObject({ dutyStation: 'Bosaso', closingDate: '2031-03-03' })
  })
  it('knows French and Spanish labels and dates in the three languages', () => {
    const fr = position('Poste basé à : Zinder\nDate limite de dépôt des candidatures : 5 mars 2031\nContrat : CDD de 6 mois\n', 'avis.txt')
    expect(fr).toMatchObject({ dutyStation: 'Zinder', closingDate: '2031-03-05', appointmentType: 'CDD de 6 mois' })
    const es = position('Denominación de los Servicios: Asistente de campo\nDomicilio Contractual: Cúcuta\nTipo de Contrato: Prestación de servicios\nFecha de cierre: 14 de octubre 2031\n', 'aviso.txt')
    expect(es).toMatchObject({ title: 'Asistente de campo', dutyStation: 'Cúcuta', appointmentType: 'Prestación de servicios', closingDate: '2031-10-14' })
  })
  it('reads "Period:" and "Work Location:" rows', () => {
    expect(position('Work Location: Baidoa\nPeriod: 3 months\n')).toMatchObject({ dutyStation: 'Baidoa', duration: '3 months' })
  })
  it('leaves a label whose value only introduces a list empty', () => {
    expect(position('Poste : Non accompagné :\n- logement fourni\n', 'avis.txt').title).toBeNull()
  })
  it('keeps a grade field empty when the value is a category or a scale of its own, not a grade', () => {
    expect(position('Classification: Consultant\n').grade).toBeNull()
    expect(position('Grade: P3\n').grade).toBe('P-3')
  })
})

describe('duty station in running text', () => {
  it('takes the place a phrase of the table puts the position in, in each language', () => {
    expect(position('The selected candidate will be based in Kigali, Rwanda and will travel.\n').dutyStation).toBe('Kigali, Rwanda')
    expect(position('Nous recherchons un.e chargé.e de projet qui sera basé(e) à Niamey.\n', 'a.txt').dutyStation).toBe('Niamey')
    expect(position('Buscamos un/a oficial con sede en San José del Guaviare, Colombia.\n', 'a.txt').dutyStation).toBe('San José del Guaviare, Colombia')
  })
  it('ignores where other people are based, and a phrase followed by no place name', () => {
    expect(position('The unit employs 40 staff based in Suva and Noumea.\n').dutyStation).toBeNull()
    expect(position('The position is based in the regional office.\n').dutyStation).toBeNull()
  })
  it('prefers a labelled duty station', () => {
    expect(position('Duty Station: Goma\n\nThe officer will be based in Kinshasa for the first month.\n').dutyStation).toBe('Goma')
  })
})

describe('closing date in running text', () => {
  it('takes a date after a deadline cue in a sentence about applying', () => {
    expect(position('Les candidatures doivent être envoyées au plus tard le 4 février 2031 par courriel.\n', 'a.txt').closingDate).toBe('2031-02-04')
  })
  it('ignores a date that ends the project, and lets a labelled closing date win', () => {
    expect(position('The project ends by 31 December 2031.\n').closingDate).toBeNull()
    expect(position('Closing date: 2 May 2031\n\nPlease apply before 9 May 2031.\n').closingDate).toBe('2031-05-02')
  })
})

describe('contract stated by an item of the offer', () => {
  it('reads an item that opens with a contract word as the appointment type, its first clause', () => {
    expect(position('## Nous offrons\n\n- Contrat international de 6 mois, renouvelable ;\n- Logement fourni\n', 'a.txt').appointmentType).toBe('Contrat international de 6 mois')
    expect(position('## Condiciones\n\n- Contrato por prestación de servicios por 3 meses, con posibilidad de prórroga.\n', 'a.txt').appointmentType).toBe('Contrato por prestación de servicios por 3 meses')
  })
  it('leaves a duty about contracts alone', () => {
    expect(position('## Conditions\n\n- Contract management is done by the finance team.\n').appointmentType).toBeNull()
    expect(position('## Responsibilities\n\n- Contract of suppliers to be reviewed monthly.\n').appointmentType).toBeNull()
  })
})

describe('a label and its value read as a heading', () => {
  it('takes the value from the line itself when the words after the label start like a value', () => {
    expect(position('## Duty Station Mogadishu, Somalia\n\nThe office is small.\n').dutyStation).toBe('Mogadishu, Somalia')
  })
})
