// How a notice names the kind of appointment in its prose when no label gives it ("This consultancy
// aims ...", "Contrato de prestación de servicios bajo ...", "CDD de 10 mois").
import { z } from 'zod'

export const appointmentPhraseSchema = z.object({
  lang: z.string(),
  /**
   * Phrases matched case-insensitively as whole words, the longest first. Words for the person
   * ("consultant", "intern") are left out: a notice for staff mentions consultants it works with.
   */
  phrases: z.array(z.string()),
})
export type AppointmentPhrase = z.infer<typeof appointmentPhraseSchema>

export const appointmentPhrases: AppointmentPhrase[] = [
  {
    lang: 'en',
    phrases: [
      'fixed-term appointment', 'fixed-term', 'fixed term appointment', 'fixed term', 'temporary appointment', 'temporary position', 'temporary contract', 'special short-term', 'short-term consultant', 'short-term consultancy',
      'internship', 'individual consultancy', 'consultancy', 'individual consultant', 'individual contractor', 'external collaborator', 'service contract', 'full-time contract', 'part-time contract', 'permanent contract',
      'deliverable-based contract', 'secondment', 'volunteer assignment',
    ],
  },
  {
    lang: 'fr',
    phrases: [
      'CDD', 'CDI', 'contrat à durée déterminée', 'contrat à durée indéterminée', 'consultance individuelle', 'consultance', 'consultant individuel', 'contrat à livrables', 'contrat international', 'contrat local', 'contrat national',
      'contrat de prestation', 'contrat de consultance', 'temps plein', 'temps partiel', 'offre de stage', 'volontariat',
    ],
  },
  {
    lang: 'es',
    phrases: [
      'contrato indefinido', 'contrato a plazo fijo', 'plazo fijo', 'contrato de prestación de servicios', 'contrato por prestación de servicios', 'prestación de servicios', 'contratación nacional', 'contratación internacional',
      'consultoría individual', 'consultoría', 'pasantía', 'práctica profesional', 'tiempo completo', 'medio tiempo', 'contrato temporal', 'contrato por obra',
    ],
  },
]
