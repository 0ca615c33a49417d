// The title read from prose when no label or title heading gives it (issue 12, capability 4), and the
// suffixes job boards add to a title.
import { describe, expect, it } from 'vitest'
import { defaultData, parse } from '../../src/index.js'
import { withoutSiteSuffix } from '../../src/extract/title.js'

const title = (text: string) => parse(text).tor.position.title

describe('title from prose', () => {
  it('reads the post the reader is cast in, with or without a glued label', () => {
    expect(title('## Role\n\nAs the Fleet Safety Officer, you will inspect the vehicles.\n')).toBe('Fleet Safety Officer')
    expect(title('**OBJETIVO:** Como Asistente de Logística Senior, brindará apoyo al equipo.\n')).toBe('Asistente de Logística Senior')
  })
  it('reads the object of a hiring sentence, up to the first word that is not part of it', () => {
    expect(title('## Intro\n\nLumen Aid is looking for a Water Engineer based in Goma.\n')).toBe('Water Engineer')
    expect(title('## Contexte\n\nPour le poste de Responsable Logistique, envoyez votre CV.\n')).toBe('Responsable Logistique')
  })
  it('reads the post as the subject of its duties', () => {
    expect(title('## Context\n\nThe Finance Manager is responsible for the budget of the office.\n')).toBe('Finance Manager')
    expect(title('## Description\n\nThe role – Data Analyst – will support the team.\n')).toBe('Data Analyst')
  })
  it('does not take a person the notice only asks for', () => {
    expect(title('## Background\n\nThe office is seeking a consultant or a team of consultants.\n')).toBeNull()
  })
})

describe('site suffixes', () => {
  it('drops a count of positions and an organisation after a dash', () => {
    expect(withoutSiteSuffix('Driver (2 positions)', defaultData)).toBe('Driver')
    expect(withoutSiteSuffix('Programme Officer - UNICEF', defaultData)).toBe('Programme Officer')
    expect(withoutSiteSuffix('Chef de délégation – République démocratique du Congo', defaultData)).toBe('Chef de délégation – République démocratique du Congo')
  })
  it('applies to a title heading', () => {
    expect(title('# Protection Associate - UNHCR\n\n## Duties\n\n- Interview families.\n')).toBe('Protection Associate')
  })
})
