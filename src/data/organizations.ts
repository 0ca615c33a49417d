// Organisations by the names a notice calls them, so rules can pick the organisation's official
// languages and competency framework. Ids are the keys of `officialLanguages` and the `organization`
// of a competency framework.
import { z } from 'zod'

export const organizationNameSchema = z.object({
  id: z.string().describe('Short name, as used by officialLanguages and competencyFrameworks'),
  acronyms: z.array(z.string()).describe('Matched case-sensitively as whole words ("IOM", "OIM")'),
  names: z.array(z.string()).describe('Full names in any language, matched case-insensitively'),
})
export type OrganizationName = z.infer<typeof organizationNameSchema>

// Agencies without tables here are listed too: a UNDP or UNRWA notice mentions "United Nations" and must
// not be checked against the UN Secretariat's framework for that. (UNEP, OCHA and UN-Habitat recruit under
// the Secretariat's framework, so they are the UN here.)
export const organizationNames: OrganizationName[] = [
  { id: 'IOM', acronyms: ['IOM', 'OIM'], names: ['International Organization for Migration', 'Organisation internationale pour les migrations', 'Organización Internacional para las Migraciones', 'UN Migration'] },
  { id: 'UNICEF', acronyms: ['UNICEF'], names: ["United Nations Children's Fund", "Fonds des Nations Unies pour l'enfance", 'Fondo de las Naciones Unidas para la Infancia'] },
  { id: 'UNDP', acronyms: ['UNDP', 'PNUD'], names: ['United Nations Development Programme'] },
  { id: 'UNHCR', acronyms: ['UNHCR', 'HCR', 'ACNUR'], names: ['UN Refugee Agency', 'High Commissioner for Refugees'] },
  { id: 'WFP', acronyms: ['WFP', 'PAM'], names: ['World Food Programme'] },
  { id: 'UN Women', acronyms: [], names: ['UN Women', 'ONU Femmes', 'ONU Mujeres'] },
  { id: 'UNFPA', acronyms: ['UNFPA'], names: ['United Nations Population Fund'] },
  { id: 'WHO', acronyms: ['WHO', 'OMS'], names: ['World Health Organization'] },
  { id: 'FAO', acronyms: ['FAO'], names: ['Food and Agriculture Organization'] },
  { id: 'ILO', acronyms: ['ILO', 'OIT'], names: ['International Labour Organization', 'International Labour Office'] },
  { id: 'UNOPS', acronyms: ['UNOPS'], names: ['United Nations Office for Project Services'] },
  { id: 'UNESCO', acronyms: ['UNESCO'], names: ['United Nations Educational, Scientific and Cultural Organization', "Organisation des Nations Unies pour l'éducation, la science et la culture", 'Organización de las Naciones Unidas para la Educación, la Ciencia y la Cultura'] },
  { id: 'UNRWA', acronyms: ['UNRWA'], names: ['United Nations Relief and Works Agency'] },
  { id: 'UNAIDS', acronyms: ['UNAIDS', 'ONUSIDA'], names: ['Joint United Nations Programme on HIV/AIDS'] },
  { id: 'UNIDO', acronyms: ['UNIDO', 'ONUDI'], names: ['United Nations Industrial Development Organization'] },
  { id: 'IFAD', acronyms: ['IFAD', 'FIDA'], names: ['International Fund for Agricultural Development'] },
  { id: 'UN', acronyms: ['UN', 'ONU'], names: ['United Nations Secretariat', 'United Nations', 'Nations Unies', 'Naciones Unidas'] },
]
