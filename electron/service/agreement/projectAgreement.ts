import {
  agreementByCode,
  agreementReport,
  documentAttributeValues,
  reliabilityFlag,
  spanContinua,
  unitizingAlpha,
  type AgreementReport,
  type BootstrapOptions,
  type ReliabilityData,
  type UnitizingCategoryResult,
} from '../../../shared/agreement'
import type { CodeAgreement, GroupAgreement, ProjectAgreement, UnitizingSummary } from '../../../shared/contract'
import type { ProjectStore } from '../../store/projectStore'
import { readAdjudication } from '../adjudication/adjudicationFile'
import { agreementScope, type AgreementScope, type AgreementScopeRequest } from './agreementScope'
import { countDisagreements, countSegmentDisagreementsFromData } from './disagreements'

export interface ProjectAgreementRequest extends AgreementScopeRequest {
  /** Bootstrapped 95% intervals for alpha (default on, seed 1, 5000 samples). */
  bootstrap?: boolean
}

/**
 * Agreement on a project at the chosen unit: per code, per group and overall, each with its
 * number of units, coefficients, coincidence (and for two coders confusion) matrix and
 * Krippendorff's flag. Document, paragraph and sentence units measure whether each coder
 * applied the code in the unit (binary, nominal; document units also compare the
 * attributes of document-level codes); span units use unitizing alpha. Also counts the
 * disagreements and how many are adjudicated.
 */
export async function projectAgreement(store: ProjectStore, request: ProjectAgreementRequest): Promise<ProjectAgreement> {
  const scope = await agreementScope(store, request)
  const bootstrap: BootstrapOptions | false = request.bootstrap === false ? false : {}
  const names = new Map(store.codebook.groups.map((g) => [g.id, g.name]))
  const result =
    scope.unit === 'span' ? spanAgreement(store, scope) : presenceAgreement(scope, bootstrap)
  const resolved = new Set((await readAdjudication(store.dir)).keys())
  const disagreements = result.segmentData ? countSegmentDisagreementsFromData(scope, result.segmentData, resolved) : countDisagreements(scope, resolved)
  return {
    unit: scope.unit,
    coders: scope.coders,
    documents: scope.eligible.length,
    codes: result.codes,
    groups: result.groups.map((g) => ({ ...g, name: names.get(g.groupId) ?? g.groupId })),
    overall: result.overall,
    disagreements,
  }
}

type Parts = {
  codes: CodeAgreement[]
  groups: Omit<GroupAgreement, 'name'>[]
  overall: ProjectAgreement['overall']
  /** Paragraph and sentence units: each code's reliability data, from which disagreements are counted. */
  segmentData?: ReliabilityData[]
}

function presenceAgreement(scope: AgreementScope, bootstrap: BootstrapOptions | false): Parts {
  const options = { ...scope.options, documents: scope.eligible, explicit: true }
  const level = scope.unit === 'document' ? 'document' : (scope.unit as 'paragraph' | 'sentence')
  const byCode = agreementByCode(scope.index, scope.codes, { ...options, level, segments: scope.segments ?? undefined, bootstrap })
  const codes = byCode.byCode.map(({ codeId, groupId, report }) => {
    const code = scope.codes.find((c) => c.id === codeId)!
    const attributes =
      scope.unit === 'document' && code.level !== 'span'
        ? code.attributes
            .filter((a) => a.type !== 'text')
            .map((a) => ({
              attributeId: a.id,
              name: a.name,
              report: agreementReport(
                documentAttributeValues(scope.index, code.id, a.id, options),
                a.type === 'scale' ? 'ordinal' : 'nominal',
                { bootstrap },
              ),
            }))
        : []
    return { codeId, name: code.name, groupId, report, unitizing: null, attributes, flag: report.flag }
  })
  return {
    codes,
    groups: byCode.byGroup.map((g) => ({ groupId: g.groupId, report: g.report, unitizing: null, meanAlpha: g.meanAlpha, flag: g.report.flag })),
    overall: { report: byCode.overall.report, unitizing: null, meanAlpha: byCode.overall.meanAlpha, flag: byCode.overall.report.flag },
    segmentData: scope.unit === 'document' ? undefined : byCode.byCode.map((c) => c.data),
  }
}

function spanAgreement(store: ProjectStore, scope: AgreementScope): Parts {
  const options = { ...scope.options, documents: scope.eligible, explicit: true, length: (id: string) => store.document(id)!.characters }
  const perCode = scope.codes.map((code) => {
    const result = unitizingAlpha(spanContinua(scope.index, code.id, options), [code.id])
    return { code, category: result.byCategory[0], length: result.length }
  })
  const length = perCode[0]?.length ?? 0
  const codes: CodeAgreement[] = perCode.map(({ code, category }) => {
    const unitizing = summary([category], length)
    return { codeId: code.id, name: code.name, groupId: code.groupId, report: null, unitizing, attributes: [], flag: unitizing.flag }
  })
  const meanOf = (list: CodeAgreement[]) => {
    const values = list.map((c) => c.unitizing!.unitizing_alpha).filter((v): v is number => v !== null)
    return values.length ? values.reduce((s, v) => s + v, 0) / values.length : null
  }
  const groups = scope.groups.map((g) => {
    const unitizing = summary(perCode.filter((p) => p.code.groupId === g.id).map((p) => p.category), length)
    return { groupId: g.id, report: null, unitizing, meanAlpha: meanOf(codes.filter((c) => c.groupId === g.id)), flag: unitizing.flag }
  })
  const overall = summary(perCode.map((p) => p.category), length)
  return { codes, groups, overall: { report: null, unitizing: overall, meanAlpha: meanOf(codes), flag: overall.flag } }
}

/** ᵤα over several categories of the same continua: 1 − ΣD_o / ΣD_e (Krippendorff 2004). */
function summary(categories: readonly UnitizingCategoryResult[], length: number): UnitizingSummary {
  let Do = 0
  let De = 0
  let units = 0
  for (const c of categories) {
    Do += c.observedDisagreement
    De += c.expectedDisagreement
    units += c.units
  }
  const reason = length === 0 ? 'no document was coded by every coder' : De === 0 ? (categories[0]?.reason ?? 'no coder coded any unit') : null
  const value = reason ? null : 1 - Do / De
  return { unitizing_alpha: value, reason, units, length, flag: reliabilityFlag(value) }
}

export type { AgreementReport }
