// The JSON-LD a ToR becomes: a schema.org JobPosting with the properties Google's job-posting
// guidelines require and recommend. Every property is optional here because one that cannot be filled
// is left out, never written empty; `jobPostingRequired` lists the ones a valid posting must have.
import { z } from 'zod'
import { employmentTypeSchema } from '../data/jobposting.js'

const text = z.string().min(1)
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)

const postalAddressSchema = z
  .object({
    '@type': z.literal('PostalAddress'),
    addressLocality: text.optional(),
    addressCountry: z.string().regex(/^[A-Z]{2}$/).describe('ISO 3166-1 alpha-2').optional(),
  })
  .strict()

const credentialSchema = z.object({ '@type': z.literal('EducationalOccupationalCredential'), credentialCategory: text }).strict()

export const jobPostingSchema = z
  .object({
    '@context': z.literal('https://schema.org'),
    '@type': z.literal('JobPosting'),
    title: text.optional(),
    description: text.describe('HTML with <p>, <ul> and <li> only').optional(),
    datePosted: isoDate.optional(),
    validThrough: isoDate.optional(),
    hiringOrganization: z.object({ '@type': z.literal('Organization'), name: text }).strict().optional(),
    jobLocation: z.object({ '@type': z.literal('Place'), address: postalAddressSchema }).strict().optional(),
    jobLocationType: z.literal('TELECOMMUTE').optional(),
    applicantLocationRequirements: z.object({ '@type': z.literal('Country'), name: text }).strict().optional(),
    employmentType: z.union([employmentTypeSchema, z.array(employmentTypeSchema).min(2)]).optional(),
    identifier: z.object({ '@type': z.literal('PropertyValue'), name: text.optional(), value: text }).strict().optional(),
    educationRequirements: z.union([credentialSchema, z.array(credentialSchema).min(2)]).optional(),
    experienceRequirements: z.object({ '@type': z.literal('OccupationalExperienceRequirements'), monthsOfExperience: z.number().int().min(0) }).strict().optional(),
    skills: z.array(text).min(1).optional(),
    responsibilities: z.array(text).min(1).optional(),
    qualifications: z.array(text).min(1).optional(),
  })
  .strict()
  .meta({ id: 'JobPosting', title: 'schema.org JobPosting written by torlint' })

export type JobPosting = z.infer<typeof jobPostingSchema>

/** The properties Google requires of a job posting (a remote job's location is its applicant country). */
export const jobPostingRequired = ['title', 'description', 'datePosted', 'hiringOrganization', 'jobLocation'] as const
export type RequiredProperty = (typeof jobPostingRequired)[number]
