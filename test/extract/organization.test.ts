// The employer read from prose when no label names it (issue 12, capability 4): naming sentences in
// three languages, "About" headings, sign-offs and e-mail domains, with partners, donors, member lists and
// look-alike acronyms kept out.
import { describe, expect, it } from 'vitest'
import { mergeData, parse } from '../../src/index.js'

const organization = (text: string) => parse(text).tor.position.organization

describe('organization from a naming sentence', () => {
  it('takes "X (ACR) is an ... NGO" for a name the gazetteer does not know', () => {
    expect(organization('Acme Relief (AR) is an international NGO working in ten countries.\n\n## Responsibilities\n\n- Drive the truck.\n')).toBe('Acme Relief (AR)')
  })
  it('takes the subject of "is looking for", after an opening adverb', () => {
    expect(organization('Currently, Lumen Aid is looking for a Driver based in Goma.\n')).toBe('Lumen Aid')
  })
  it('skips an apposition between the name and the verb', () => {
    expect(organization('Lumen Aid, a charity founded in 1990 with offices in five countries, is seeking a Driver.\n')).toBe('Lumen Aid')
  })
  it('reads French and Spanish naming sentences', () => {
    expect(organization('La Coopérative Lumo, créée en 2021, est la première coopérative du secteur.\n')).toBe('Coopérative Lumo')
    expect(organization('Actualmente, Ayuda Sur está buscando un/a Oficial de Protección.\n')).toBe('Ayuda Sur')
  })
  it('does not take a name that only qualifies a common noun ("la mission France")', () => {
    expect(organization('La mission France recherche un.e coordinateur.rice.\n')).toBeNull()
  })
  it('does not take a sentence opened by a preposition for a defined name', () => {
    expect(organization('Within the Talent Division (TD), the unit manages learning.\n')).toBeNull()
  })
})

describe('organization from the gazetteer', () => {
  it('prefers the employer over a partner or donor named first', () => {
    const text = 'The project is funded by UNICEF. In coordination with UNHCR, IOM supports returnees. IOM staff visit IOM offices.\n'
    expect(organization(text)).toBe('IOM')
  })
  it('does not count organisations listed as members', () => {
    const text = 'Members: ACTED, NRC, IRC and Oxfam.\n\nBolt Network est une organisation humanitaire basée à Lyon.\n'
    expect(organization(text)).toBe('Bolt Network')
  })
  it('reads a bare "DRC" as the country until the Danish Refugee Council is named', () => {
    expect(organization('UNICEF works in the DRC. The DRC faces floods in the DRC east.\n')).toBe('UNICEF')
    expect(organization('Danish Refugee Council (DRC) es una de las ONG líderes. DRC está buscando un Oficial.\n')).toBe('Danish Refugee Council (DRC)')
  })
  it('takes the United Nations only when no member organisation is named', () => {
    expect(organization('IOM works with UN agencies, the UN system and the UN country team. IOM leads.\n')).toBe('IOM')
    expect(organization('The United Nations is an organization of 193 Member States.\n')).toBe('United Nations')
  })
  it('does not take an acronym that starts another name ("UNESCO World ... Database")', () => {
    expect(organization('Accredited universities are those listed in the UNESCO World Higher Education Database.\n')).toBeNull()
  })
  it('reads an "About" heading, a sign-off and an e-mail domain', () => {
    expect(organization('## About Action Against Hunger\n\nWe fight hunger.\n')).toBe('Action Against Hunger')
    expect(organization('## Duties\n\n- Drive.\n\nZeta Trust is an equal opportunity employer.\n')).toBe('Zeta Trust')
    expect(organization('## How to apply\n\nSend your CV to jobs@nrc.no before Friday.\n')).toBe('NRC')
  })
  it('gives a label precedence over the prose', () => {
    expect(organization('Organization: UNDP\n\nUNICEF is looking for a Driver.\n')).toBe('UNDP')
  })
  it('learns organisations from config', () => {
    const data = mergeData({ organizationNames: { extend: [{ id: 'Lumo', acronyms: ['LUMO'], names: ['Lumo Relief Network'] }] } })
    expect(parse('The office of LUMO in Goma supports LUMO teams.\n', { data }).tor.position.organization).toBe('LUMO')
  })
})
