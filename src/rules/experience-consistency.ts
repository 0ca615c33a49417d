import { z } from 'zod'
import { defineRule } from './define.js'
import { degreeRank, DEGREE_NAMES, degreeRoutes, experienceCounts, type Route } from './grade-requirements.js'

function quoted(route: Route): string {
  return route.phrase ? `"${route.phrase}"` : `${route.years} years`
}

export default defineRule({
  id: 'experience-consistency',
  severity: 'warn',
  description: 'The years of experience the document asks for contradict each other.',
  help: [
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
    ],
    good: [
      {
        text: "## Education\n\n- Master's degree with two years of experience; or\n- Bachelor's degree with four years of experience.\n\n## Experience\n\n- At least two years of experience in reintegration.\n",
      },
    ],
  },
  check({ doc, data, report }) {
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
