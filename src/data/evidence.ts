// Words that show a field or a section is in the text even where extraction could not place it. The
// required-* rules look for them before saying something is missing: a hint that "a duty station seems to
// be given on line 4" is a warning the author can act on; "no duty station" over a line that gives one is a
// false error.
import { z } from 'zod'

export const evidenceCuesSchema = z.object({
  /** Phrases near a place of work ("based in", "lieu d'affectation"). */
  dutyStation: z.array(z.string()),
  /** Phrases that name a supervisor ("supervised by", "sous l'autorité de"). */
  reportsTo: z.array(z.string()),
  /** Words that make a period the length of the contract ("duration", "contrat"). */
  duration: z.array(z.string()),
  /** Words of a heading over duties, whatever the exact phrase ("tasks", "tâches", "funciones"). */
  responsibilities: z.array(z.string()),
  /** Words of a heading over competencies or values. */
  competencies: z.array(z.string()),
  /** Words that tie years to experience ("experience", "expérience", "experiencia"). */
  experience: z.array(z.string()),
})
export type EvidenceCues = z.infer<typeof evidenceCuesSchema>

export const evidenceCues: EvidenceCues = {
  dutyStation: [
    'duty station', 'based in', 'based at', 'located in', 'location', 'place of assignment', 'place of work', 'work location', 'home-based', 'home based',
    "lieu d'affectation", 'lieu d’affectation', 'lieu de travail', 'basé à', 'basée à', 'basé au', 'basée au', 'poste basé',
    'lugar de destino', 'lugar de trabajo', 'ubicación', 'sede', 'con base en', 'domicilio',
  ],
  reportsTo: [
    'supervision of', 'supervised by', 'report to', 'reports to', 'reporting to', 'reporting directly to', 'reports directly to', 'reporting line', 'line manager', 'supervisor',
    'sous la supervision', "sous l'autorité", 'sous l’autorité', 'sous la responsabilité', 'rattaché', 'rattachée', 'superviseur',
    'bajo la supervisión', 'bajo la dirección', 'reporta a', 'reportará', 'supervisor', 'supervisora',
  ],
  duration: [
    'duration', 'period of', 'contract', 'assignment', 'for a period', 'timeframe', 'timeline', 'estimated',
    'durée', 'contrat', 'période', 'mission de', 'se déroulera', 'estimés', 'estimées', 'chronogramme', 'calendrier',
    'duración', 'contrato', 'período', 'plazo', 'cronograma', 'estimados',
  ],
  responsibilities: [
    'responsibilities', 'responsibility', 'duties', 'tasks', 'functions', 'accountabilities', 'scope of work', 'what you will do', 'your role', 'key results', 'activities',
    'missions', 'tâches', 'attributions', 'activités', 'responsabilités', 'fonctions',
    'funciones', 'tareas', 'actividades', 'responsabilidades',
  ],
  competencies: ['competencies', 'competency', 'core values', 'values', 'compétences', 'valeurs', 'competencias', 'valores'],
  experience: ['experience', 'expérience', 'experiencia'],
}

/**
 * Headings of the part where `torlint format` keeps the text its layout does not place ("Other sections").
 * What stands under one is kept as written and never read back into fields, so formatting twice gives the
 * same document.
 */
export const keptTextHeadings: string[] = ['other sections', 'autres sections', 'otras secciones']
