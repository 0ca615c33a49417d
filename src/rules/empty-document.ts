import { z } from 'zod'
import { defineRule } from './define.js'

// An empty file (a failed export, a scanned PDF without a text layer, a save that went wrong) lacks
// every field and section; one finding says so, instead of one per missing thing (see `whenEmpty`).
export default defineRule({
  id: 'empty-document',
  severity: 'error',
  description: 'The document has no text at all.',
  help: 'The file is empty or holds only white space, so there is nothing to check: every other rule is skipped for it. A PDF scanned as images has no text layer either: run it through OCR, or export the original document again.',
  tags: ['structure', 'conversion'],
  options: z.object({}).strict(),
  whenEmpty: true,
  examples: {
    bad: [{ text: '\n  \n', messages: ['1:1 the document is empty: there is no text to read'] }],
    good: [{ text: 'Position Title: Driver\n' }],
  },
  check({ doc, report }) {
    if (isEmptyDocument(doc.source.text)) report({ line: 1, column: 1 }, 'the document is empty: there is no text to read')
  },
})

export function isEmptyDocument(text: string): boolean {
  return text.trim() === ''
}
