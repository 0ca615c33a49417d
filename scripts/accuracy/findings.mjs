// `npm run accuracy -- --findings`: every required-field, required-section and markup-residue finding on
// fixtures/ (the corpus included), each with a verdict.
//
// - On a corpus notice the gold answer decides: a finding that says a thing is missing is false when the
//   gold holds it, true when the gold has nothing. A finding that says the thing seems to be there (a
//   warning that points at a line) is true when the gold holds it, and a "hint on an absent thing" when not.
// - Elsewhere, and for what the gold does not record (duration, context, markup), the verdict is the one a
//   person wrote after reading the document: fixtures/findings-verdicts.json, keyed as printed with --keys.
//
//   npm run accuracy -- --findings          the list and the tallies
//   npm run accuracy -- --findings --keys   also the key of each finding not judged yet
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { join, relative, basename } from 'node:path'

const RULES = new Set(['required-field', 'required-section', 'markup-residue'])
const DOCUMENT = /\.(txt|md|markdown|html?|docx|pdf)$/i

// What each finding is about, from its wording, and the gold keys that say whether the thing is there.
const SUBJECTS = [
  { words: /position title/, gold: ['title'] },
  { words: /duty station/, gold: ['dutyStation'] },
  { words: /supervisor/, gold: ['reportsTo'] },
  { words: /closing date/, gold: ['closingDate'] },
  { words: /type of appointment/, gold: ['appointmentType'] },
  { words: /\bgrade\b/, gold: ['grade'] },
  { words: /organization/, gold: ['organization'], section: false },
  { words: /responsibilities|duties/, gold: ['responsibilitiesCount'] },
  { words: /education or experience|requirement seems/, gold: ['educationMentions', 'minYearsExperience'] },
  { words: /languages/, gold: ['languagesRequired', 'languagesAdvantageous'] },
  { words: /competencies/, gold: ['competencyValues', 'competencyCore', 'competencyManagerial'] },
]

const presentIn = (gold, keys) =>
  keys.some((key) => {
    const value = gold[key]
    return Array.isArray(value) ? value.length > 0 : typeof value === 'number' ? key === 'minYearsExperience' || value > 0 : value !== null && value !== undefined && value !== ''
  })

/** The verdict the gold answer gives, or null when it records nothing about the finding's subject. */
function goldVerdict(message, gold) {
  if (message.ruleId === 'markup-residue' || /context section/.test(message.message)) return null
  const subject = SUBJECTS.find((candidate) => candidate.words.test(message.message))
  if (!subject) return null
  const present = presentIn(gold, subject.gold)
  const pointsAtIt = /seems? to be|only in the text/.test(message.message)
  if (pointsAtIt) return present ? 'true' : 'hint on an absent thing'
  return present ? 'false' : 'true'
}

export const findingKey = (path, message) => `${path}:${message.line}:${message.column} ${message.ruleId} ${message.message.split(/\s+/).slice(0, 6).join(' ')}`

function documentsUnder(folder) {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && DOCUMENT.test(entry.name) && entry.name !== 'README.md')
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
}

export async function listFindings(library, { root, corpus, keys, all }) {
  const verdictsFile = join(root, 'fixtures', 'findings-verdicts.json')
  const verdicts = existsSync(verdictsFile) ? JSON.parse(readFileSync(verdictsFile, 'utf8')).verdicts : {}
  const golds = new Map()
  for (const name of readdirSync(join(corpus, 'gold')).filter((file) => file.endsWith('.json'))) {
    golds.set(name.slice(0, -'.json'.length), JSON.parse(readFileSync(join(corpus, 'gold', name), 'utf8')))
  }
  const tally = new Map()
  const count = (verdict) => tally.set(verdict, (tally.get(verdict) ?? 0) + 1)
  const lines = []
  for (const path of documentsUnder(join(root, 'fixtures'))) {
    let result
    try {
      result = await library.lintAsync(readFileSync(path), { path })
    } catch {
      continue // not a document torlint reads (a deliberately broken input)
    }
    const gold = golds.get(basename(path).replace(DOCUMENT, ''))
    const shown = relative(root, path)
    for (const message of result.messages) {
      if (!RULES.has(message.ruleId)) continue
      const key = findingKey(shown, message)
      const judged = verdicts[key]
      const verdict = (gold && goldVerdict(message, gold)) ?? judged?.verdict ?? 'not judged'
      count(verdict)
      if (all || verdict !== 'true' || keys) {
        lines.push(`${verdict.padEnd(10)} ${shown}:${message.line}:${message.column} ${message.severity} ${message.ruleId} ${message.message}${judged?.why ? `  [${judged.why}]` : ''}`)
        if (keys && verdict === 'not judged') lines.push(`           key: ${JSON.stringify(key)}`)
      }
    }
  }
  process.stdout.write(`${lines.join('\n')}\n\n`)
  const total = [...tally.values()].reduce((sum, value) => sum + value, 0)
  process.stdout.write(`findings: ${total} (${[...tally].map(([verdict, value]) => `${verdict} ${value}`).join(', ')})\n`)
  process.stdout.write(`false findings: ${tally.get('false') ?? 0}\n`)
  return 0
}
