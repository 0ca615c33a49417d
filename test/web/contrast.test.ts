// WCAG AA: text on the page's backgrounds has a contrast ratio of at least 4.5:1. The pairs are those the
// style sheet uses (severity text on its tint and on white, badge and header text in white on colour).
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const css = readFileSync(new URL('../../src/web/style.css', import.meta.url), 'utf8')
const colours = new Map([...css.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})\b/gi)].map(([, name, value]) => [name!, value!]))
colours.set('white', '#ffffff')

function luminance(hex: string): number {
  const channel = (offset: number) => {
    const value = Number.parseInt(hex.slice(offset, offset + 2), 16) / 255
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

const PAIRS: [string, string][] = [
  ['ink', 'paper'],
  ['ink', 'panel'],
  ['muted', 'paper'],
  ['muted', 'panel'],
  ['accent', 'paper'],
  ['accent', 'info-bg'],
  ['white', 'accent'],
  ...(['error', 'warning', 'info'] as const).flatMap((severity): [string, string][] => [
    [severity, 'paper'],
    [severity, `${severity}-bg`],
    ['white', severity],
    ['ink', `${severity}-bg`],
  ]),
]

describe('the page colours', () => {
  it('knows the contrast of black on white and of equal colours', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrast('#777777', '#777777')).toBe(1)
  })

  it('draws the focus ring at 3:1 or more against the page (non-text contrast)', () => {
    expect(contrast(colours.get('focus')!, colours.get('paper')!)).toBeGreaterThanOrEqual(3)
    expect(contrast(colours.get('focus')!, colours.get('panel')!)).toBeGreaterThanOrEqual(3)
  })

  it.each(PAIRS)('%s on %s reaches 4.5:1', (text, background) => {
    expect(colours.has(text) && colours.has(background)).toBe(true)
    expect(contrast(colours.get(text)!, colours.get(background)!)).toBeGreaterThanOrEqual(4.5)
  })
})
