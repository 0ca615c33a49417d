// The supervisor read from prose (issue 12, capability 4): "under the direction/supervision of" and the
// French and Spanish forms, a lead on its own line with the title below it, and leads that also
// introduce things other than a person.
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

const reportsTo = (text: string) => parse(text).tor.position.reportsTo

describe('reportsTo from prose', () => {
  it('reads English, French and Spanish leads', () => {
    expect(reportsTo('## Context\n\nUnder the direction of the Country Director, the officer manages the unit.\n')).toBe('Country Director')
    expect(reportsTo('## Contexte\n\nSous l’autorité directe de la Directrice des Opérations, le/la chargé·e gère la base.\n')).toBe('Directrice des Opérations')
    expect(reportsTo('## Contexte\n\nLe poste est placé sous la responsabilité du Chef de Mission et travaille avec l’équipe.\n')).toBe('Chef de Mission')
    expect(reportsTo('## Contexto\n\nTrabajará bajo la supervisión técnica de la Coordinación Sanitaria y con el equipo.\n')).toBe('Coordinación Sanitaria')
  })
  it('takes the next line when the lead stands alone', () => {
    expect(reportsTo('## Línea de mando\n\nBajo la autoridad de:\n\n*Gerente de Logística*\n\n## Funciones\n\n- Comprar.\n')).toBe('Gerente de Logística')
  })
  it('stops the title before "under the overall guidance of"', () => {
    expect(reportsTo('## Conditions\n\n- Supervision: Reports directly to the Fleet Manager under the overall guidance of the Director.\n')).toBe('Fleet Manager')
  })
  it('does not take what a lead introduces when it is not a title', () => {
    expect(reportsTo('## Context\n\nThe team is accountable to affected populations in all its work.\n')).toBeNull()
    expect(reportsTo('## Contexto\n\nDRC opera bajo la dirección de la oficina de país en Caracas.\n')).toBeNull()
  })
  it('does not read a duty or a requirement as the reporting line', () => {
    expect(reportsTo('## Responsibilities\n\n- Report to the Chief of Mission on the progress of the project.\n')).toBeNull()
    expect(reportsTo('## Experience\n\n- Three years working under the supervision of senior engineers.\n')).toBeNull()
  })
})
