// Labels of "label<TAB>value" and "label : value" rows, mapped to position fields.
import { z } from 'zod'
import { positionFieldSchema } from '../schema.js'

export const fieldLabelSchema = z.object({
  field: z.union([positionFieldSchema, z.literal('postingPeriod')]),
  lang: z.string(),
  labels: z.array(z.string().min(1)),
})
export type FieldLabel = z.infer<typeof fieldLabelSchema>

export const fieldLabels: FieldLabel[] = [
  { field: 'title', lang: 'en', labels: ['position title', 'post title', 'job title', 'posting title', 'title', 'title of the position', 'position', 'vacancy title', 'consultancy title', 'title of the consultancy', 'job title and level', 'name of the assignment', 'assignment title', 'post'] },
  { field: 'title', lang: 'fr', labels: ['intitulé du poste', 'titre du poste', 'titre', 'poste', 'intitulé de la consultance', 'titre de la consultance', 'intitulé de la mission', 'titre de la mission', 'intitulé', 'fonction'] },
  { field: 'title', lang: 'es', labels: ['título del puesto', 'titulo del puesto', 'título del cargo', 'puesto', 'título', 'título de la consultoría', 'titulo de la consultoria', 'denominación de los servicios', 'denominación del puesto', 'nombre del puesto', 'cargo', 'título de la convocatoria'] },
  { field: 'organization', lang: 'en', labels: ['organization', 'organisation', 'agency', 'hiring organization', 'employer'] },
  { field: 'organization', lang: 'fr', labels: ['organisation', 'organisme'] },
  { field: 'organization', lang: 'es', labels: ['organización', 'organizacion', 'organismo'] },
  { field: 'unit', lang: 'en', labels: ['sector/ unit', 'sector/unit', 'unit/division', 'unit / division', 'sector / unit', 'unit', 'department/office', 'department / office', 'department', 'division/equivalent', 'division', 'section/unit', 'organizational unit', 'office', 'project'] },
  { field: 'unit', lang: 'fr', labels: ['unité', 'département', 'département/bureau', 'service', 'secteur/unité', 'secteur / unité', 'unité/division', 'unité / division'] },
  { field: 'unit', lang: 'es', labels: ['unidad', 'departamento', 'departamento/oficina', 'sector/unidad', 'sector / unidad', 'unidad/división', 'unidad / división'] },
  { field: 'dutyStation', lang: 'en', labels: ['duty station', 'location', 'work location', 'duty station of the consultancy', 'place of assignment', 'job location', 'position location', 'based in', 'base', 'location of assignment', 'place of performance', 'country of assignment', 'location of the assignment', 'work station'] },
  { field: 'dutyStation', lang: 'fr', labels: ["lieu d'affectation", 'lieu de travail', 'lieu', "lieu d'affectation de la consultance", 'poste basé à', 'lieu de la mission', 'basé à', 'localisation', 'lieu du poste', 'base', 'affectation', "lieu d'exécution"] },
  { field: 'dutyStation', lang: 'es', labels: ['lugar de destino', 'lugar de trabajo', 'ubicación', 'lugar de destino de la consultoría', 'lugar de destino de la consultoria', 'domicilio contractual', 'ámbito geográfico', 'ámbito geográfico de intervención', 'ubicación del puesto', 'sede', 'lugar', 'lugar de ejecución'] },
  { field: 'reportsTo', lang: 'en', labels: ['reports directly to', 'reports to', 'reporting to', 'supervisor', 'direct supervisor', 'reporting line', 'title of supervisor'] },
  { field: 'reportsTo', lang: 'fr', labels: ['relève de', 'relève directement de', 'sous la supervision de', 'superviseur', 'superviseur direct', 'titre du superviseur', 'fonction du superviseur'] },
  { field: 'reportsTo', lang: 'es', labels: ['reporta a', 'reporta directamente a', 'supervisor directo', 'supervisor', 'supervisor/a', 'supervisor/a directo/a', 'título del supervisor', 'cargo del supervisor'] },
  { field: 'grade', lang: 'en', labels: ['grade', 'grade/level', 'grade / level', 'level', 'classification', 'grade level', 'position grade', 'job level'] },
  { field: 'grade', lang: 'fr', labels: ['classe', 'grade', 'classification', 'niveau'] },
  { field: 'grade', lang: 'es', labels: ['grado', 'categoría', 'clasificación', 'nivel'] },
  { field: 'appointmentType', lang: 'en', labels: ['type of appointment', 'appointment type', 'type of contract', 'contract type', 'position type', 'contract', 'employment type', 'national or international consultancy', 'contract modality', 'type of assignment', 'category of contract', 'contract level', 'employment status', 'status'] },
  { field: 'appointmentType', lang: 'fr', labels: ['type de contrat', "type d'engagement", 'type de nomination', 'contrat', 'statut', 'nature du contrat', 'type de poste'] },
  { field: 'appointmentType', lang: 'es', labels: ['tipo de contrato', 'tipo de nombramiento', 'modalidad de contratación', 'modalidad de contrato', 'tipo de vinculación', 'tipo de contratación', 'modalidad'] },
  { field: 'duration', lang: 'en', labels: ['duration', 'duration of initial contract', 'duration of appointment', 'duration of contract', 'contract duration', 'duration of assignment', 'duration of consultancy', 'duration of the consultancy', 'period', 'contract period', 'period of assignment', 'duration of the assignment'] },
  { field: 'duration', lang: 'fr', labels: ['durée', 'durée du contrat', "durée de l'engagement", 'durée de la consultance', "durée de l'affectation", 'durée de contrat', 'durée de la mission', 'période'] },
  { field: 'duration', lang: 'es', labels: ['duración', 'duración del contrato', 'duración de la consultoría', 'duración de la consultoria', 'duración de la asignación', 'período', 'periodo', 'duración de la consultoría'] },
  { field: 'startDate', lang: 'en', labels: ['estimated start date', 'start date', 'expected start date', 'starting date'] },
  { field: 'startDate', lang: 'fr', labels: ["date d'entrée en fonction", 'date de début', "date estimée d'entrée en fonction"] },
  { field: 'startDate', lang: 'es', labels: ['fecha de inicio', 'fecha estimada de inicio', 'fecha de incorporación'] },
  { field: 'closingDate', lang: 'en', labels: ['closing date', 'deadline', 'application deadline', 'deadline for applications', 'apply by', 'closing_date', 'closes', 'vacancy closure date', 'closing date for applications', 'application closing date', 'deadline for application', 'deadline to apply', 'last date of application', 'applications close', 'submission deadline', 'deadline for submission', 'vacancy end date'] },
  { field: 'closingDate', lang: 'fr', labels: ['date de clôture', 'date limite', 'date limite de candidature', 'date limite de dépôt des candidatures', 'date limite de candidature', 'date limite de dépôt', 'date limite des candidatures', 'date de clôture des candidatures', 'clôture des candidatures', 'date limite de soumission'] },
  { field: 'closingDate', lang: 'es', labels: ['fecha de cierre', 'fecha límite', 'fecha limite', 'fecha de cierre de solicitudes', 'fecha de cierre de la convocatoria', 'fecha límite de postulación', 'fecha límite de aplicación', 'fecha límite para postular', 'cierre de la convocatoria', 'fecha de cierre de postulaciones', 'plazo de postulación'] },
  { field: 'vacancyNumber', lang: 'en', labels: ['vacancy notice', 'vacancy number', 'vacancy no', 'vacancy notice no', 'job opening number', 'job opening id', 'job no', 'job id', 'reference', 'reference number', 'ref', 'requisition', 'requisition id', 'sva no', 'cfa no'] },
  { field: 'vacancyNumber', lang: 'fr', labels: ["numéro de l'avis de vacance", "avis de vacance n°", 'référence'] },
  { field: 'vacancyNumber', lang: 'es', labels: ['número de vacante', 'aviso de vacante n°', 'referencia'] },
  { field: 'postingPeriod', lang: 'en', labels: ['posting period'] },
  { field: 'postingPeriod', lang: 'fr', labels: ["période d'affichage"] },
  { field: 'postingPeriod', lang: 'es', labels: ['período de publicación', 'periodo de publicación'] },
]
