/**
 * The library behind the `eligibility` command, for a script, a server or a web page:
 *
 *   import { loadCampaign, runCheck } from 'eligibility';
 *   const result = await runCheck(['danh-sach.xlsx'], { campaign: loadCampaign('tan-uyen-2021') });
 *
 * Everything here is what the command itself calls; the command adds only argument parsing,
 * progress lines and exit codes.
 */

export {
  type Case,
  type CasesResult,
  caseFiles,
  coverageGaps,
  type Mismatch,
  runCases,
} from './campaign/cases.js';
export {
  bundledCampaignIds,
  CampaignError,
  campaignDir,
  DEFAULT_CAMPAIGN,
  loadCampaign,
  loadCampaignFrom,
} from './campaign/load.js';
export type { Campaign, Criterion } from './campaign/schema.js';
export { type CheckOptions, type CheckResult, runCheck } from './check.js';
export type { Tri, Verdict } from './engine/kleene.js';
export { renderRuleMessage } from './engine/render.js';
export type { Evidence, Judgement, RuleResult } from './engine/types.js';
export { CATALOGUE, renderFinding } from './findings/catalogue.js';
export { type Finding, formatPosition, InputError, type Severity } from './findings/finding.js';
export type { Nominee } from './model/nominee.js';
export type { Lang, Text } from './model/text.js';
export type { FileBytes, NomineeInput } from './read/input.js';
export { type FormatName, formatNames, type ReportFormat, reportFormat } from './report/index.js';
