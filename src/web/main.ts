// The page: reads what is pasted or opened, runs the library's pipeline on it here in the browser (nothing
// leaves the machine) and shows the findings and the extracted fields.
import { applyFixes, fixUntilStable, format, InputError, lint, lintParsed, parseAsync, presetNames, resolveConfig, rules, toJobPosting, type LintResult, type ParsedDocument, type ResolvedConfig } from '../index.js'
import example from '../../fixtures/seeds/000_b57d233953506967.txt'
import { byId, h } from './dom.js'
import { loadModule } from './lazy/load.js'
import { countsText, fields, findingList, hasFix, markedText, placeText, type Finding } from './render.js'

declare global {
  // The pipeline's `import('mammoth')` and `import('unpdf')` call this in the bundle (scripts/bundle/web.mjs).
  var __torlintLoad: (name: string) => Promise<unknown>
}
globalThis.__torlintLoad = loadModule

/** What is being checked: an opened file's bytes until the text is edited, then the text. */
interface Source {
  name: string
  bytes: Uint8Array | null
}

interface Checked {
  name: string
  doc: ParsedDocument
  result: LintResult
  config: ResolvedConfig
  /** The text the fixes' offsets count in (decoded, line breaks as written); null where nothing is fixed (Word, PDF, HTML). */
  fixText: string | null
}

const input = byId<HTMLTextAreaElement>('input')
const fileInput = byId<HTMLInputElement>('file')
const formatSelect = byId<HTMLSelectElement>('format')
const presetSelect = byId<HTMLSelectElement>('preset')
const rulesBox = byId<HTMLFieldSetElement>('rules')
const status = byId('status')
const marked = byId('marked')
const findingsList = byId<HTMLOListElement>('findings')
const counts = byId('counts')
const fieldsBox = byId('fields')
const sourceNote = byId('source-note')
const applyAll = byId<HTMLButtonElement>('apply-all')

let opened: Source | null = null
let checked: Checked | null = null
let generation = 0

for (const rule of rules) {
  const id = `rule-${rule.id}`
  rulesBox.append(h('div', { class: 'rule-choice' }, h('input', { type: 'checkbox', id, value: rule.id, checked: true, onchange: () => void check() }), h('label', { for: id, title: rule.description }, rule.id)))
}
presetSelect.replaceChildren(...presetNames.map((name) => h('option', { value: name }, name)))

function setStatus(text: string, state: 'idle' | 'busy' | 'done' | 'error'): void {
  status.textContent = text
  status.dataset.state = state
  status.dataset.generation = String(generation)
}

function currentConfig(): ResolvedConfig {
  const off = [...rulesBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].filter((box) => !box.checked).map((box) => [box.value, 'off'] as const)
  return resolveConfig({ config: { extends: presetSelect.value as (typeof presetNames)[number], rules: Object.fromEntries(off) }, source: 'the page settings', rules })
}

/** The name the text is checked under: its extension picks the format, as `torlint lint FILE` does. */
function textName(): string {
  return opened?.name ?? `pasted.${formatSelect.value}`
}

/**
 * The text fixes apply to: what was linted, as the pipeline decoded it (byte-order mark removed, line
 * breaks kept), which for an opened text file is not the LF-normalised text shown in the box.
 */
function textOfFixes(doc: ParsedDocument): string | null {
  // As `torlint lint --fix`: only text and Markdown are rewritten, never Word, PDF or HTML.
  if (doc.source.format !== 'text' && doc.source.format !== 'markdown') return null
  return doc.source.decodedText ?? doc.source.text
}

async function check(note = ''): Promise<void> {
  const run = ++generation
  const text = input.value
  // An opened file is checked even when empty (torlint lint says so); an empty box is nothing to check.
  if (!opened?.bytes && text.trim() === '') {
    clear()
    return
  }
  setStatus('Checking…', 'busy')
  const name = textName()
  try {
    const config = currentConfig()
    const doc = await parseAsync(opened?.bytes ?? text, { path: name, data: config.data })
    const result = lintParsed(doc, { config, rules, filePath: name })
    if (run !== generation) return
    checked = { name, doc, result, config, fixText: textOfFixes(doc) }
    if (opened?.bytes) input.value = doc.source.text
    show(checked)
    setStatus(`${note}Checked ${name}: ${countsText(result)}.`, 'done')
  } catch (error) {
    if (run !== generation) return
    checked = null
    showNothing()
    const message = error instanceof InputError ? error.message : `torlint could not check this text: ${error instanceof Error ? error.message : String(error)}`
    setStatus(message, 'error')
  }
}

function clear(): void {
  checked = null
  showNothing()
  setStatus('Paste a notice, open a file or try the example.', 'idle')
}

function showNothing(): void {
  marked.replaceChildren()
  findingsList.replaceChildren()
  counts.textContent = ''
  fieldsBox.replaceChildren()
  applyAll.hidden = true
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-download]')) button.disabled = true
}

function show({ doc, result, fixText }: Checked): void {
  const findings: Finding[] = result.messages.map((message, index) => ({ ...message, index }))
  marked.replaceChildren(markedText(doc.source.lines, findings))
  counts.textContent = countsText(result)
  const fixable = fixText === null ? 0 : result.messages.filter(hasFix).length
  findingsList.replaceChildren(...findingList(findings, { show: showFinding, apply: fixable > 0 ? applyOne : null }))
  applyAll.hidden = fixable === 0
  applyAll.textContent = `Apply all fixes (${fixable})`
  fieldsBox.replaceChildren(fields(doc.tor, lineLink))
  const binary = doc.source.format === 'docx' || doc.source.format === 'pdf'
  sourceNote.hidden = !binary
  sourceNote.textContent = binary
    ? `This is the text torlint read from ${doc.source.path} (${doc.source.format === 'docx' ? 'as HTML' : 'printed lines, page by page'}): lines and columns count in it, and each finding also names the ${doc.source.format === 'docx' ? 'paragraph' : 'page'}. Editing it checks the edited text instead.`
    : ''
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-download]')) button.disabled = false
}

/** The fixed text replaces the input, and is checked as text under the same name (so in the same format). */
function replaceText(output: string, note: string): void {
  if (opened) opened = { name: opened.name, bytes: null }
  input.value = output
  // The button pressed is gone with the old list: the focus goes to the next fix, or the first finding.
  void check(note).then(() => (findingsList.querySelector<HTMLElement>('button.apply') ?? findingsList.querySelector<HTMLElement>('button.show') ?? input).focus())
}

function applyOne(finding: Finding): void {
  if (!checked?.fixText) return
  const { output, applied } = applyFixes(checked.fixText, [checked.result.messages[finding.index]!])
  replaceText(output, applied.length === 1 ? `Applied the fix of ${finding.ruleId} at ${finding.line}:${finding.column}. ` : '')
}

/** Every fix, pass after pass until none is left to apply, as `torlint lint --fix` does. */
function applyEvery(): void {
  if (!checked?.fixText) return
  const { name, config, result } = checked
  const { output, applied } = fixUntilStable(checked.fixText, (text) => lint(text, { path: name, config, rules }), { first: result })
  replaceText(output, `Applied ${applied.length} fix${applied.length === 1 ? '' : 'es'}. `)
}
applyAll.addEventListener('click', applyEvery)

function reveal(target: HTMLElement | null): void {
  if (!target) return
  target.scrollIntoView({ block: 'center' })
  target.classList.remove('flash')
  void target.offsetWidth
  target.classList.add('flash')
}

function showFinding(finding: Finding): void {
  const badge = document.getElementById(`finding-${finding.index}`)
  reveal(badge)
  badge?.focus({ preventScroll: true })
}

function lineLink(place: Parameters<typeof placeText>[0]): HTMLElement {
  return h(
    'button',
    {
      type: 'button',
      class: 'line-link',
      'data-line': place.line,
      onclick: () => {
        const line = document.getElementById(`line-${place.line}`)
        reveal(line)
      },
    },
    placeText({ ...place, column: undefined }),
  )
}

function download(kind: string): void {
  if (!checked) return
  const { doc, result, config, name } = checked
  const stem = name.replace(/\.[^.]*$/, '') || 'document'
  const files: Record<string, () => [string, string, string]> = {
    document: () => [`${stem}.tor.json`, 'application/json', `${JSON.stringify(doc.tor, null, 2)}\n`],
    jobposting: () => [`${stem}.jobposting.jsonld`, 'application/ld+json', `${JSON.stringify(toJobPosting(doc, { data: config.data }), null, 2)}\n`],
    markdown: () => [`${stem}.md`, 'text/markdown', format(doc, { data: config.data })],
    findings: () => [`${stem}.findings.json`, 'application/json', `${JSON.stringify([result], null, 2)}\n`],
  }
  const [fileName, type, text] = files[kind]!()
  const url = URL.createObjectURL(new Blob([text], { type }))
  const link = h('a', { href: url, download: fileName, hidden: true })
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

async function open(file: File): Promise<void> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  opened = { name: file.name, bytes }
  const extension = /\.(md|markdown|html?|txt)$/i.exec(file.name)?.[1]?.toLowerCase()
  if (extension) formatSelect.value = extension === 'markdown' ? 'md' : extension === 'htm' ? 'html' : extension
  await check()
}

let typing: ReturnType<typeof setTimeout> | undefined
input.addEventListener('input', () => {
  // Edited text is checked as text: a Word file's HTML as HTML, a PDF's lines as plain text.
  if (opened?.bytes) {
    const format = checked?.doc.source.format
    opened = format === 'docx' ? { name: `${opened.name.replace(/\.docx$/i, '')}.html`, bytes: null } : format === 'pdf' ? { name: `${opened.name.replace(/\.pdf$/i, '')}.txt`, bytes: null } : { name: opened.name, bytes: null }
  }
  clearTimeout(typing)
  typing = setTimeout(() => void check(), 300)
})
fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0]
  if (file) void open(file)
})
formatSelect.addEventListener('change', () => {
  if (opened && !opened.bytes) opened = null
  void check()
})
presetSelect.addEventListener('change', () => void check())
// The rules drop-down closes with Escape, as a menu does, and gives the focus back to its button.
const rulesMenu = rulesBox.closest('details')!
rulesMenu.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape' || !rulesMenu.open) return
  rulesMenu.open = false
  rulesMenu.querySelector('summary')!.focus()
})
byId('example').addEventListener('click', () => {
  opened = null
  formatSelect.value = 'txt'
  input.value = example
  void check()
})
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-download]')) button.addEventListener('click', () => download(button.dataset.download!))

// A file dropped anywhere on the page is opened (the browser would otherwise leave the page for it); the
// text column, where the hint says to drop, is outlined while a file is held over the page.
const dropZone = byId('drop-zone')
document.addEventListener('dragover', (event) => {
  event.preventDefault()
  dropZone.classList.add('dropping')
})
document.addEventListener('dragleave', (event) => {
  if (event.relatedTarget === null) dropZone.classList.remove('dropping')
})
document.addEventListener('drop', (event) => {
  event.preventDefault()
  dropZone.classList.remove('dropping')
  const file = event.dataTransfer?.files[0]
  if (file) void open(file)
})
