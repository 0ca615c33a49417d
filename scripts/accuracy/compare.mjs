// How a parsed document is compared with a gold answer of the real-notice corpus, field by field, as
// fixtures/corpus/README.md describes (the same comparison as the corpus's own scorer, so the figures
// printed here are the ones the unseen set is measured with).

/** Drop markup, `&` as "and", punctuation as spaces, case folded. */
export function norm(value) {
  let text = String(value).replace(/[*_`]/g, '')
  text = text.replaceAll('&', ' and ')
  text = text.replace(/[^\p{L}\p{N}\p{M}_]+/gu, ' ')
  return text.replace(/\s+/g, ' ').trim().toLowerCase().replaceAll('ß', 'ss')
}

/** 'G6', 'G-6', 'GS-6' and 'P 3' / 'P-3' are the same grade. */
function grade(value) {
  return value ? String(value).replace(/[\s-]/g, '').toLowerCase().replace(/^gs/, 'g') : null
}

// The acronym and the full name of one organisation are the same answer.
const ALIASES = [
  ['iom', 'international organization for migration', 'oim', 'organisation internationale pour les migrations'],
  ['undp', 'united nations development programme', 'pnud'],
  ['unicef', 'united nations children s fund'],
  ['wfp', 'world food programme', 'pam'],
  ['unhcr', 'un refugee agency', 'office of the united nations high commissioner for refugees', 'acnur'],
  ['unfpa', 'united nations population fund'],
  ['who', 'world health organization', 'oms'],
  ['fao', 'food and agriculture organization of the united nations', 'food and agriculture organization'],
  ['ilo', 'international labour organization', 'international labour office', 'oit'],
  ['unops', 'united nations office for project services'],
  ['un women', 'united nations entity for gender equality and the empowerment of women', 'onu femmes', 'onu mujeres'],
  ['unesco', 'united nations educational scientific and cultural organization'],
  ['ocha', 'office for the coordination of humanitarian affairs'],
  ['united nations', 'un', 'united nations secretariat', 'nations unies', 'naciones unidas'],
]

function sameOrganization(want, got) {
  const [a, b] = [norm(want), norm(got)]
  if (!a || !b) return false
  if (ALIASES.some((group) => group.includes(a) && group.includes(b))) return true
  return a.includes(b) || b.includes(a)
}

function containsEither(want, got) {
  const [a, b] = [norm(want), norm(got)]
  return Boolean(a) && Boolean(b) && (a.includes(b) || b.includes(a))
}

/** Names of a list of competencies (objects with `name`) or of strings, normalised and sorted. */
export function names(items) {
  return (items ?? [])
    .map((item) => (item !== null && typeof item === 'object' ? item.name : item))
    .filter(Boolean)
    .map(norm)
    .sort()
}

/** Gold key → where torlint puts the value, and how the two are compared. */
export const FIELDS = {
  title: ['position.title', 'title'],
  organization: ['position.organization', 'organization'],
  dutyStation: ['position.dutyStation', 'contains'],
  grade: ['position.grade', 'grade'],
  appointmentType: ['position.appointmentType', 'contains'],
  closingDate: ['position.closingDate', 'exact'],
  reportsTo: ['position.reportsTo', 'contains'],
  responsibilitiesCount: ['responsibilities', 'count'],
  educationMentions: ['qualifications.degreeLevels', 'set'],
  minYearsExperience: ['qualifications.minYearsExperience', 'exact'],
  languagesRequired: ['languages.required', 'set'],
  languagesAdvantageous: ['languages.advantageous', 'set'],
  competencyValues: ['competencies.values', 'names'],
  competencyCore: ['competencies.core', 'names'],
  competencyManagerial: ['competencies.managerial', 'names'],
}

export function valueAt(doc, path) {
  let current = doc
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object' || Array.isArray(current)) return null
    current = current[key]
  }
  return current ?? null
}

const sameList = (a, b) => a.length === b.length && a.every((value, index) => value === b[index])

export function compare(kind, want, got) {
  if (kind === 'count') {
    const count = Array.isArray(got) ? got.length : null
    return want === null || want === 0 ? !count : count === want
  }
  if (kind === 'set' || kind === 'names') {
    const gotList = kind === 'names' ? names(got) : (got ?? []).filter(Boolean).map(norm).sort()
    return sameList(gotList, (want ?? []).map(norm).sort())
  }
  if (want === null) return got === null || got === '' || (Array.isArray(got) && got.length === 0)
  if (got === null || got === '') return false
  switch (kind) {
    case 'grade':
      return grade(want) === grade(got)
    case 'exact':
      return want === got
    case 'organization':
      return sameOrganization(want, got)
    case 'title': {
      const [a, b] = [norm(want), norm(got)]
      return a === b || ((a.includes(b) || b.includes(a)) && Math.min(a.length, b.length) / Math.max(a.length, b.length) >= 0.6)
    }
    default:
      return containsEither(want, got)
  }
}

/** What a miss shows of the value torlint found: names for competencies, the count for a list. */
export function shown(kind, got) {
  if (kind === 'names') return names(got)
  if (kind === 'count' && Array.isArray(got)) return got.length
  return got
}

/**
 * Score parsed documents against their gold answers: `cases` is `{ stem, gold, tor }` (tor null when the
 * document could not be parsed). Returns per-field tallies, the total and every miss.
 */
export function score(cases) {
  const perField = Object.fromEntries(Object.keys(FIELDS).map((key) => [key, { passed: 0, total: 0 }]))
  const misses = []
  let passed = 0
  let total = 0
  for (const { stem, gold, tor } of cases) {
    for (const [key, [path, kind]] of Object.entries(FIELDS)) {
      if (!(key in gold)) continue
      const want = gold[key]
      const got = tor ? valueAt(tor, path) : null
      const ok = tor !== null && compare(kind, want, got)
      perField[key].total++
      total++
      if (ok) {
        perField[key].passed++
        passed++
      } else misses.push({ stem, field: key, want, got: tor ? shown(kind, got) : undefined })
    }
  }
  return { perField, passed, total, ratio: total ? passed / total : 0, misses }
}
