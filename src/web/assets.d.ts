// The example notice is bundled as text (scripts/bundle/web.mjs).
declare module '*.txt' {
  const text: string
  export default text
}
