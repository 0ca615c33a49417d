import { z } from 'zod'
import type { ParsedDocument } from '../document/index.js'
import { postingGaps, toJobPosting } from '../jobposting/index.js'
import { defineRule, type Span } from './define.js'
import { headerSpot } from './util/spots.js'


export default defineRule({
  id: 'jobposting-required',
  severity: 'error',
  description: 'The document lacks what a schema.org JobPosting requires (title, description, posting date, organization, location).',
  help: [
    'Job search engines list a vacancy from its schema.org `JobPosting` (`torlint convert --format jsonld`), and Google drops a posting that lacks a required property: the job title, a description, the date it was posted, the hiring organization, and the place of work with its country.',
    'Each finding names the property and the line to add or correct: a `Posting period` line for `datePosted`, an `Organization` line for `hiringOrganization`, a duty station written as "City, Country" for `jobLocation`.',
    'The rule is off by default; `"extends": ["recommended", "jobposting"]` turns it on for documents that are published as postings.',
  ].join('\n\n'),
  tags: ['jobposting', 'completeness'],
  options: z.object({}).strict(),
  examples: {
    bad: [
      {
        text: 'Position Title: Reintegration Officer\nDuty Station: Atlantis\n\n## Responsibilities\n\n- Coordinate reintegration assistance.\n',
        messages: [
          '1:1 no hiring organization: add an "Organization:" line so hiringOrganization can be set',
          '1:1 no posting start date: add a "Posting period" line so datePosted can be set',
          '2:15 the duty station "Atlantis" names no country torlint knows: write it as "City, Country" so jobLocation can give addressCountry',
        ],
      },
      {
        text: 'Terms of reference\n\nThe consultant will be home-based.\n',
        messages: [
          '1:1 no duty station: add a "Duty Station:" line with the city and country so jobLocation can be set',
          '1:1 no hiring organization: add an "Organization:" line so hiringOrganization can be set',
          '1:1 no position title: add a "Position Title:" line so title can be set',
          '1:1 no posting start date: add a "Posting period" line so datePosted can be set',
          '1:1 nothing describes the job: add a Context, Responsibilities or Qualifications section so description can be set',
        ],
      },
    ],
    good: [
      {
        text: 'Position Title: Reintegration Officer\nOrganization: International Organization for Migration (IOM)\nDuty Station: Freetown, Sierra Leone\nPosting period: From 27.01.2022 to 09.02.2022\n\n## Responsibilities\n\n- Coordinate reintegration assistance.\n',
      },
    ],
  },
  check({ doc, report, data }) {
    const posting = toJobPosting(doc.tor, { data })
    for (const gap of postingGaps(doc.tor, posting)) {
      const at = gap.field ? doc.tor.positionLocations[gap.field] : undefined
      report(at ?? headerSpot(doc), gap.message)
    }
  },
})
