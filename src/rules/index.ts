// Every rule, in id order. A new rule is one file in this folder and one line here.
import type { AnyRule } from './define.js'
import competencyFramework from './competency-framework.js'
import countMismatch from './count-mismatch.js'
import dateConsistency from './date-consistency.js'
import duplicateItem from './duplicate-item.js'
import emptyDocument from './empty-document.js'
import encoding from './encoding.js'
import experienceConsistency from './experience-consistency.js'
import foreignLanguage from './foreign-language.js'
import gradeRequirements from './grade-requirements.js'
import inclusiveLanguage from './inclusive-language.js'
import jobpostingRequired from './jobposting-required.js'
import languageRequirement from './language-requirement.js'
import listNumbering from './list-numbering.js'
import markupResidue from './markup-residue.js'
import placeholder from './placeholder.js'
import requiredField from './required-field.js'
import requiredSection from './required-section.js'
import splitItem from './split-item.js'
import titleConsistency from './title-consistency.js'

export const rules: readonly AnyRule[] = [
  competencyFramework,
  countMismatch,
  dateConsistency,
  duplicateItem,
  emptyDocument,
  encoding,
  experienceConsistency,
  foreignLanguage,
  gradeRequirements,
  inclusiveLanguage,
  jobpostingRequired,
  languageRequirement,
  listNumbering,
  markupResidue,
  placeholder,
  requiredField,
  requiredSection,
  splitItem,
  titleConsistency,
]

export function ruleById(id: string): AnyRule | undefined {
  return rules.find((rule) => rule.id === id)
}

export { defineRule, spanOf, findInLines } from './define.js'
export type { Rule, AnyRule, RuleContext, RuleExample, Span } from './define.js'
