// The appointment type read from prose when no label gives it (issue 12, capability 4), in English,
// French and Spanish, and not from what the requirements ask of the candidate.
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

const appointmentType = (text: string) => parse(text).tor.position.appointmentType

describe('appointmentType from prose', () => {
  it('reads the phrase a notice uses for the contract', () => {
    expect(appointmentType('## Background\n\nThis internship offers hands-on work in data analysis.\n')).toBe('internship')
    expect(appointmentType('## Conditions\n\n- Contrato de prestación de servicios durante 3 meses.\n')).toBe('Contrato de prestación de servicios durante 3 meses')
    expect(appointmentType('# Termes de référence – Consultance individuelle\n\nLe consultant appuiera l’équipe.\n')).toBe('Consultance individuelle')
  })
  it('takes a label over the prose', () => {
    expect(appointmentType('Type of Appointment: Fixed Term\n\n## Context\n\nThis consultancy is not the post.\n')).toBe('Fixed Term')
  })
  it('does not take what the requirements ask for', () => {
    expect(appointmentType('## Experience\n\n- Five years in a consultancy firm or an internship programme.\n')).toBeNull()
  })
  it('reads a contract stated under a label inside the profile ("Statut : ... CDD")', () => {
    expect(appointmentType('## Profil\n\n- Master en gestion.\n\nStatut : Cadre - CDD de 6 mois\n')).toBe('Cadre - CDD de 6 mois')
  })
  it('does not take a word for the person as the appointment', () => {
    expect(appointmentType('## Context\n\nThe office works with consultants and interns on many projects.\n')).toBeNull()
  })
})
