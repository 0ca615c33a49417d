import { z } from 'zod'
import { defineRule } from './define.js'
import { degreeRank, DEGREE_NAMES, degreeRoutes, experienceCounts, oversizedParts, type Route } from './grade-requirements.js'

function quoted(route: Route): string {
  return route.phrase ? `"${route.phrase}"` : `${route.years} years`
}

export default defineRule({
  id: 'experience-consistency',
  severity: 'warn',
  description: 'The years of experience the document asks for contradict each other.',
  help: [
    'A part of a count cannot be larger than the count ("three years of experience, of which five in the field").',
    "The education requirement usually pairs each degree with years of experience (Master's + 2, Bachelor's + 4). When the experience section then asks for a minimum above every route (\"minimum ten years\"), or a lower degree is paired with fewer years than a higher one, candidates cannot tell which requirement applies.",
    'Make the counts agree: change the experience minimum, or the years that go with each degree.',
  ].join('\n\n'),
  tags: ['consistency', 'qualifications'],
  options: z.object({}).strict(),
  examples: {
    bad: [
      {
        text: "## Education\n\n- Master's degree with two years of relevant experience.\n\n## Experience\n\n- Minimum ten years of experience in migration management.\n",
        messages: ['7:11 asks for "ten years" of experience, but the education requirement accepts a Master\'s degree with "two years": make the two agree'],
      },
      {
        text: "## Education\n\n- Master's degree with four years of experience; or\n- Bachelor's degree with two years of experience.\n",
        messages: ['4:26 accepts a Bachelor\'s degree with "two years" of experience, fewer than the "four years" asked with a Master\'s degree: ask for more years with the lower degree'],
      },
      {
        text: "## Formation\n\n- Master en économie avec 3 années d'expérience professionnelle, dont 5 ans sur le terrain.\n",
        messages: ['3:66 says "dont 5" of "3 années" of experience, a part larger than the whole: correct one of the two counts'],
      },
      {
        text: "## Experience\n\n- Eight years of progressively responsible experience, of which twelve in humanitarian operations.\n",
        messages: ['3:56 says "of which twelve" of "eight years" of experience, a part larger than the whole: correct one of the two counts'],
      },
    ],
    good: [
      {
        text: "## Experience\n\n- Eight years of experience, of which 5 in humanitarian operations.\n- Experiencia mínima de seis años, de los cuales al menos dos años en el terreno.\n",
      },
      {
        text: "## Education\n\n- Master's degree with two years of experience; or\n- Bachelor's degree with four years of experience.\n\n## Experience\n\n- At least two years of experience in reintegration.\n",
      },
    ],
  },
  check({ doc, data, report }) {
    for (const part of oversizedParts(doc, data)) {
      report(part.at, `says "${part.phrase}" of ${quoted(part.total)} of experience, a part larger than the whole: correct one of the two counts`)
    }
    const routes = degreeRoutes(doc, data).filter((route) => route.years !== null)
    if (routes.length === 0) return
    const longest = routes.reduce((best, route) => (route.years! > best.years! ? route : best))
    for (const count of experienceCounts(doc, data)) {
      if (count.years! <= longest.years!) continue
      report(count.at, `asks for ${quoted(count)} of experience, but the education requirement accepts ${DEGREE_NAMES[longest.level]} with ${quoted(longest)}: make the two agree`)
    }
    // A lower degree makes up for the missing study with more years, never fewer.
    for (const lower of routes) {
      const higher = routes.find((route) => degreeRank(route.level) < degreeRank(lower.level) && route.years! > lower.years!)
      if (!higher) continue
      report(lower.at, `accepts ${DEGREE_NAMES[lower.level]} with ${quoted(lower)} of experience, fewer than the ${quoted(higher)} asked with ${DEGREE_NAMES[higher.level]}: ask for more years with the lower degree`)
    }
  },
})
