// Organisations by the names a notice calls them: rules pick the organisation's official languages and
// competency framework from them, and extraction recognises the employer in prose ("IOM is ...", the
// letterhead, an e-mail address). Ids are the keys of `officialLanguages` and the `organization` of a
// competency framework.
import { z } from 'zod'

export const organizationNameSchema = z.object({
  id: z.string().describe('Short name, as used by officialLanguages and competencyFrameworks'),
  acronyms: z.array(z.string()).describe('Matched case-sensitively as whole words ("IOM", "OIM")'),
  names: z.array(z.string()).describe('Full names in any language, matched case-insensitively'),
  domains: z.array(z.string()).optional().describe('Web and e-mail domains ("iom.int"), a subdomain included'),
  ambiguous: z
    .array(z.string())
    .optional()
    .describe('Acronyms that also name something else ("DRC", the Congo): a bare one counts only once the text names the organisation in full or makes it the subject of a naming sentence'),
  umbrella: z.boolean().optional().describe('A family of organisations ("United Nations") that its members\' notices mention too: the employer only when no other organisation is found'),
})
export type OrganizationName = z.infer<typeof organizationNameSchema>

// Agencies without tables here are listed too: a UNDP notice mentions "United Nations" and must not be
// checked against the UN Secretariat's framework for that. A name that is also a common word is listed
// as an acronym, so that only its capitalised form counts ("Acted", not "acted").
export const organizationNames: OrganizationName[] = [
  { id: 'IOM', acronyms: ['IOM', 'OIM'], names: ['International Organization for Migration', 'Organisation internationale pour les migrations', 'Organización Internacional para las Migraciones', 'UN Migration'], domains: ['iom.int'] },
  { id: 'UNICEF', acronyms: ['UNICEF'], names: ["United Nations Children's Fund", "Fonds des Nations Unies pour l'enfance", 'Fondo de las Naciones Unidas para la Infancia'], domains: ['unicef.org'] },
  { id: 'UNDP', acronyms: ['UNDP', 'PNUD'], names: ['United Nations Development Programme', 'Programme des Nations Unies pour le développement', 'Programa de las Naciones Unidas para el Desarrollo'], domains: ['undp.org'] },
  { id: 'UNHCR', acronyms: ['UNHCR', 'HCR', 'ACNUR'], names: ['UN Refugee Agency', 'High Commissioner for Refugees', 'Haut-Commissariat des Nations Unies pour les réfugiés', 'Alto Comisionado de las Naciones Unidas para los Refugiados'], domains: ['unhcr.org'] },
  { id: 'WFP', acronyms: ['WFP', 'PAM'], names: ['World Food Programme', 'Programme alimentaire mondial', 'Programa Mundial de Alimentos'], domains: ['wfp.org'], ambiguous: ['PAM'] },
  { id: 'UN Women', acronyms: [], names: ['UN Women', 'ONU Femmes', 'ONU Mujeres', 'United Nations Entity for Gender Equality and the Empowerment of Women'], domains: ['unwomen.org'] },
  { id: 'UNFPA', acronyms: ['UNFPA'], names: ['United Nations Population Fund', 'Fonds des Nations Unies pour la population', 'Fondo de Población de las Naciones Unidas'], domains: ['unfpa.org'] },
  { id: 'WHO', acronyms: ['WHO', 'OMS'], names: ['World Health Organization', 'Organisation mondiale de la Santé', 'Organización Mundial de la Salud'], domains: ['who.int'] },
  { id: 'FAO', acronyms: ['FAO'], names: ['Food and Agriculture Organization', "Organisation des Nations Unies pour l'alimentation et l'agriculture", 'Organización de las Naciones Unidas para la Alimentación y la Agricultura'], domains: ['fao.org'] },
  { id: 'ILO', acronyms: ['ILO', 'OIT', 'BIT'], names: ['International Labour Organization', 'International Labour Office', 'Organisation internationale du Travail', 'Bureau international du Travail', 'Organización Internacional del Trabajo'], domains: ['ilo.org'] },
  { id: 'UNOPS', acronyms: ['UNOPS'], names: ['United Nations Office for Project Services'], domains: ['unops.org'] },
  { id: 'OCHA', acronyms: ['OCHA', 'UNOCHA'], names: ['Office for the Coordination of Humanitarian Affairs', 'Bureau de la coordination des affaires humanitaires', 'Oficina de Coordinación de Asuntos Humanitarios', 'Oficina para la Coordinación de Asuntos Humanitarios'], domains: ['unocha.org'] },
  { id: 'UNRWA', acronyms: ['UNRWA'], names: ['United Nations Relief and Works Agency', 'Office de secours et de travaux des Nations Unies', 'Organismo de Obras Públicas y Socorro de las Naciones Unidas'], domains: ['unrwa.org'] },
  { id: 'UNESCO', acronyms: ['UNESCO'], names: ['United Nations Educational, Scientific and Cultural Organization', "Organisation des Nations Unies pour l'éducation, la science et la culture", 'Organización de las Naciones Unidas para la Educación, la Ciencia y la Cultura'], domains: ['unesco.org'] },
  { id: 'UNEP', acronyms: ['UNEP', 'PNUE', 'PNUMA'], names: ['United Nations Environment Programme', "Programme des Nations Unies pour l'environnement", 'Programa de las Naciones Unidas para el Medio Ambiente'], domains: ['unep.org'] },
  { id: 'UN-Habitat', acronyms: [], names: ['UN-Habitat', 'ONU-Habitat', 'United Nations Human Settlements Programme'], domains: ['unhabitat.org'] },
  { id: 'UNAIDS', acronyms: ['UNAIDS', 'ONUSIDA'], names: ['Joint United Nations Programme on HIV/AIDS'], domains: ['unaids.org'] },
  { id: 'UNODC', acronyms: ['UNODC', 'ONUDC'], names: ['United Nations Office on Drugs and Crime', "Office des Nations Unies contre la drogue et le crime", 'Oficina de las Naciones Unidas contra la Droga y el Delito'], domains: ['unodc.org'] },
  { id: 'UNIDO', acronyms: ['UNIDO', 'ONUDI'], names: ['United Nations Industrial Development Organization'], domains: ['unido.org'] },
  { id: 'UNV', acronyms: ['UNV', 'VNU'], names: ['United Nations Volunteers', 'Volontaires des Nations Unies', 'Voluntarios de las Naciones Unidas'], domains: ['unv.org'] },
  { id: 'IFAD', acronyms: ['IFAD', 'FIDA'], names: ['International Fund for Agricultural Development', 'Fonds international de développement agricole', 'Fondo Internacional de Desarrollo Agrícola'], domains: ['ifad.org'] },
  { id: 'ITU', acronyms: ['ITU', 'UIT'], names: ['International Telecommunication Union', 'Union internationale des télécommunications', 'Unión Internacional de Telecomunicaciones'], domains: ['itu.int'] },
  { id: 'IFC', acronyms: ['IFC', 'SFI', 'CFI'], names: ['International Finance Corporation', 'Société financière internationale', 'Corporación Financiera Internacional'], domains: ['ifc.org'], ambiguous: ['SFI', 'CFI'] },
  { id: 'World Bank', acronyms: ['IBRD', 'BIRD'], names: ['World Bank', 'Banque mondiale', 'Banco Mundial'], domains: ['worldbank.org'] },
  { id: 'IMF', acronyms: ['IMF', 'FMI'], names: ['International Monetary Fund', 'Fonds monétaire international', 'Fondo Monetario Internacional'], domains: ['imf.org'] },
  { id: 'ICRC', acronyms: ['ICRC', 'CICR'], names: ['International Committee of the Red Cross', 'Comité international de la Croix-Rouge', 'Comité Internacional de la Cruz Roja'], domains: ['icrc.org'] },
  { id: 'IFRC', acronyms: ['IFRC', 'FICR'], names: ['International Federation of Red Cross and Red Crescent Societies', 'Fédération internationale des Sociétés de la Croix-Rouge et du Croissant-Rouge', 'Federación Internacional de Sociedades de la Cruz Roja y de la Media Luna Roja'], domains: ['ifrc.org'] },
  { id: 'SPC', acronyms: ['SPC', 'CPS'], names: ['Pacific Community', 'Communauté du Pacifique', 'Secretariat of the Pacific Community'], domains: ['spc.int'], ambiguous: ['CPS'] },
  { id: 'Expertise France', acronyms: [], names: ['Expertise France'], domains: ['expertisefrance.fr'] },
  { id: 'GIZ', acronyms: ['GIZ'], names: ['Deutsche Gesellschaft für Internationale Zusammenarbeit'], domains: ['giz.de'] },
  { id: 'NRC', acronyms: ['NRC'], names: ['Norwegian Refugee Council', 'Conseil norvégien pour les réfugiés', 'Consejo Noruego para Refugiados'], domains: ['nrc.no'] },
  { id: 'DRC', acronyms: ['DRC'], names: ['Danish Refugee Council', 'Conseil danois pour les réfugiés', 'Consejo Danés para Refugiados'], domains: ['drc.ngo', 'drc.dk'], ambiguous: ['DRC'] },
  { id: 'MSF', acronyms: ['MSF'], names: ['Médecins Sans Frontières', 'Doctors Without Borders', 'Médicos Sin Fronteras'], domains: ['msf.org', 'msf.fr'] },
  { id: 'MdM', acronyms: ['MdM'], names: ['Médecins du Monde', 'Doctors of the World', 'Médicos del Mundo'], domains: ['medecinsdumonde.org', 'medicosdelmundo.org'] },
  { id: 'ACF', acronyms: ['ACF'], names: ['Action contre la Faim', 'Action Against Hunger', 'Acción contra el Hambre'], domains: ['actioncontrelafaim.org', 'actionagainsthunger.org'], ambiguous: ['ACF'] },
  { id: 'ACTED', acronyms: ['ACTED', 'Acted'], names: [], domains: ['acted.org'] },
  { id: 'HI', acronyms: ['HI'], names: ['Humanity & Inclusion', 'Humanity and Inclusion', 'Handicap International'], domains: ['hi.org', 'handicap-international.org'], ambiguous: ['HI'] },
  { id: 'Save the Children', acronyms: [], names: ['Save the Children'], domains: ['savethechildren.org', 'savethechildren.net'] },
  { id: 'IRC', acronyms: ['IRC'], names: ['International Rescue Committee', 'Comité international de secours'], domains: ['rescue.org'], ambiguous: ['IRC'] },
  { id: 'Oxfam', acronyms: [], names: ['Oxfam'], domains: ['oxfam.org'] },
  { id: 'CARE', acronyms: ['CARE'], names: ['CARE International'], domains: ['care.org', 'care-international.org'], ambiguous: ['CARE'] },
  { id: 'World Vision', acronyms: [], names: ['World Vision', 'Vision du Monde', 'Visión Mundial'], domains: ['wvi.org'] },
  { id: 'Plan International', acronyms: [], names: ['Plan International'], domains: ['plan-international.org'] },
  { id: 'Mercy Corps', acronyms: [], names: ['Mercy Corps'], domains: ['mercycorps.org'] },
  { id: 'CRS', acronyms: ['CRS'], names: ['Catholic Relief Services'], domains: ['crs.org'], ambiguous: ['CRS'] },
  { id: 'Croix-Rouge française', acronyms: ['CRF'], names: ['Croix-Rouge française', 'French Red Cross', 'Cruz Roja Francesa'], domains: ['croix-rouge.fr'], ambiguous: ['CRF'] },
  { id: 'Première Urgence Internationale', acronyms: ['PUI'], names: ['Première Urgence Internationale'], domains: ['premiere-urgence.org'], ambiguous: ['PUI'] },
  { id: 'Solidarités International', acronyms: [], names: ['Solidarités International'], domains: ['solidarites.org'] },
  { id: 'Terre des hommes', acronyms: ['Tdh'], names: ['Terre des hommes'], domains: ['tdh.org', 'tdh.ch'] },
  { id: 'ALIMA', acronyms: ['ALIMA'], names: ['Alliance for International Medical Action', "Alliance pour l'Action Médicale Internationale"], domains: ['alima.ngo'] },
  { id: 'ActionAid', acronyms: [], names: ['ActionAid'], domains: ['actionaid.org', 'actionaid.dk'] },
  { id: 'CBM', acronyms: ['CBM'], names: ['Christian Blind Mission', 'Christoffel-Blindenmission', 'CBM International'], domains: ['cbm.org'] },
  { id: 'HEKS/EPER', acronyms: ['HEKS', 'EPER'], names: ['HEKS/EPER', 'Swiss Church Aid', 'Entraide Protestante Suisse'], domains: ['heks.ch', 'eper.ch'] },
  { id: 'PBI', acronyms: ['PBI'], names: ['Peace Brigades International', 'Brigadas Internacionales de Paz', 'Brigades de Paix Internationales'], domains: ['peacebrigades.org', 'pbi-colombia.org'] },
  { id: 'Interpeace', acronyms: [], names: ['Interpeace'], domains: ['interpeace.org'] },
  { id: 'Welthungerhilfe', acronyms: ['WHH'], names: ['Welthungerhilfe'], domains: ['welthungerhilfe.de'] },
  { id: 'Concern Worldwide', acronyms: [], names: ['Concern Worldwide'], domains: ['concern.net'] },
  { id: 'Islamic Relief', acronyms: [], names: ['Islamic Relief'], domains: ['islamic-relief.org'] },
  { id: 'JRS', acronyms: ['JRS'], names: ['Jesuit Refugee Service', 'Service Jésuite des Réfugiés', 'Servicio Jesuita a Refugiados'], domains: ['jrs.net'] },
  { id: 'UN', acronyms: ['UN', 'ONU'], names: ['United Nations Secretariat', 'United Nations', 'Nations Unies', 'Naciones Unidas'], domains: ['un.org'], umbrella: true },
]

export const organizationCuesSchema = z.object({
  hiring: z.array(z.string()).describe('Words after an organisation that say it is hiring ("is looking for", "recrute", "busca")'),
  identity: z.array(z.string()).describe('Verbs that define the organisation before what it is ("is", "est", "es")'),
  articles: z.array(z.string()).describe('What may stand between an identity verb and the kind of body ("one of the", "une")'),
  kinds: z.array(z.string()).describe('Kinds of body an organisation is, as whole words (a plural -s or -es is also read)'),
  about: z.array(z.string()).describe('Heading or label leads before the organisation ("About", "À propos de")'),
  signOff: z.array(z.string()).describe('Closing statements whose subject is the employer ("is an equal opportunity employer")'),
  passing: z.array(z.string()).describe('Leads after which an organisation is a partner or donor, not the employer ("funded by")'),
  nameWords: z.array(z.string()).describe('Lower-case words inside a proper name ("of", "pour", "del")'),
  leadArticles: z.array(z.string()).describe('Articles dropped before a name ("The", "L’")'),
  notNames: z.array(z.string()).describe('Capitalised words that start a sentence but never name an organisation (pronouns, "This")'),
  stops: z.array(z.string()).describe('Words that cannot stand between an identity verb and the kind of body: "is the part of the ..." does not say what the subject is'),
  weights: z
    .object({
      hiring: z.number(),
      identity: z.number(),
      about: z.number(),
      aboutUnknown: z.number(),
      signOff: z.number(),
      domain: z.number(),
      defined: z.number(),
      mention: z.number(),
      mentionCap: z.number(),
    })
    .describe('What each kind of evidence adds to an organisation\'s score; mentions count up to mentionCap'),
})
export type OrganizationCues = z.infer<typeof organizationCuesSchema>

/** How prose names the employer, in English, French and Spanish. */
export const organizationCues: OrganizationCues = {
  hiring: [
    'is looking for', 'is seeking', 'seeks', 'is recruiting', 'is hiring', 'invites applications', 'is inviting applications', 'wishes to recruit', 'is currently looking for', 'is currently seeking', 'is currently recruiting',
    'recherche', 'recrute', 'est à la recherche', 'souhaite recruter', 'lance un appel',
    'busca', 'está buscando', 'está en búsqueda', 'requiere contratar', 'desea contratar', 'convoca',
  ],
  identity: ['is', 'est', 'es'],
  articles: ['one of the', 'a', 'an', 'the', "l'une des", 'l’une des', "l'un des", 'l’un des', 'une des', 'un des', 'une', 'un', 'la', 'le', "l'", 'l’', 'una de las', 'uno de los', 'una', 'uno', 'el'],
  kinds: [
    'organisation', 'organization', 'agency', 'ngo', 'institution', 'foundation', 'network', 'charity', 'movement', 'cooperative', 'federation', 'alliance', 'association', 'body', 'fund', 'programme', 'entity', 'operation', 'employer',
    'organisme', 'ong', 'agence', 'fondation', 'réseau', 'mouvement', 'coopérative', 'fédération', 'société', 'fonds', 'entité', 'employeur',
    'organización', 'agencia', 'asociación', 'fundación', 'institución', 'red', 'movimiento', 'cooperativa', 'federación', 'fondo', 'entidad', 'organismo',
  ],
  about: ['about', 'à propos de', 'à propos d’', "à propos d'", 'qui est', 'acerca de', 'sobre'],
  signOff: [
    'is an equal opportunity employer', 'is an equal-opportunity employer', 'is committed to diversity', 'does not charge a fee', 'does not charge any fee', 'has a zero-tolerance',
    "s'engage", 's’engage', 'attache de l’importance', "attache de l'importance", 'promeut', 'ne demande aucun frais',
    'promueve la igualdad', 'no cobra', 'garantiza la igualdad',
  ],
  passing: [
    'in partnership with', 'in coordination with', 'in collaboration with', 'in cooperation with', 'funded by', 'financed by', 'supported by', 'with the support of', 'on behalf of', 'partners such as', 'members such as', 'member of',
    'en partenariat avec', 'en coordination avec', 'en collaboration avec', 'financé par', 'financée par', "avec l'appui de", 'avec l’appui de', 'avec le soutien de', 'pour le compte de', 'membre de',
    'en alianza con', 'en coordinación con', 'en colaboración con', 'financiado por', 'financiada por', 'con el apoyo de', 'en nombre de', 'miembro de',
  ],
  nameWords: ['of', 'for', 'the', 'and', 'on', 'de', 'des', 'du', 'la', 'le', 'les', 'pour', 'et', "l'", 'l’', 'del', 'para', 'y', 'las', 'los', 'el', 'e.V.', '&', '/', '-', '–'],
  leadArticles: ['The', 'La', 'Le', 'Les', "L'", 'L’', 'El', 'Los', 'Las'],
  stops: ['of', 'de', 'del', 'des', 'du', 'for', 'pour', 'para', 'in', 'en', 'with', 'avec', 'con', 'that', 'que', 'which', 'qui', 'to', 'à', 'by', 'par', 'por'],
  // A naming sentence outweighs a few passing mentions; an "About" heading over a name the gazetteer does
  // not know may name a programme ("About SPAII"), so it counts for less.
  weights: { hiring: 5, identity: 4, about: 4, aboutUnknown: 2, signOff: 3, domain: 3, defined: 3, mention: 1, mentionCap: 5 },
  notNames: ['This', 'That', 'It', 'We', 'Our', 'You', 'Your', 'He', 'She', 'They', 'Il', 'Elle', 'Nous', 'Vous', 'Ce', 'Cet', 'Cette', 'Votre', 'Notre', 'Él', 'Ella', 'Este', 'Esta', 'Nuestra', 'Nuestro', 'Usted'],
}
