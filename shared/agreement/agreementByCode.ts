import { agreementReport, type AgreementReport } from './agreementReport'
import type { AnnotationIndex } from './annotationIndex'
import type { BootstrapOptions } from './bootstrapAlpha'
import type { ReliabilityData, Value } from './reliabilityData'
import type { TextSpan } from './sentences'
import { documentPresence, segmentPresence, type UnitOptions } from './units'

export interface CodeRef {
  readonly id: string
  readonly groupId: string
}

export interface AgreementByCode {
  /** Per code: the report and the reliability data it was computed from. */
  readonly byCode: { readonly codeId: string; readonly groupId: string; readonly report: AgreementReport; readonly data: ReliabilityData }[]
  /** Per group: the report over its codes' units pooled, and the mean of its codes' alphas. */
  readonly byGroup: { readonly groupId: string; readonly report: AgreementReport; readonly meanAlpha: number | null }[]
  readonly overall: { readonly report: AgreementReport; readonly meanAlpha: number | null }
}

/**
 * Presence agreement (binary, nominal) for every code in `codes`, at document level or per
 * paragraph/sentence (`segments` then gives each document's segments), then per group and
 * overall. A group's report pools its codes: every (unit, code) pair becomes one unit, the
 * usual way to report one alpha for a set of binary variables; `meanAlpha` is the plain mean
 * of the defined per-code alphas, for comparison (null if none is defined). The bootstrap
 * options go to every report (`false` skips the intervals).
 */
export function agreementByCode(
  index: AnnotationIndex,
  codes: readonly CodeRef[],
  options: UnitOptions & {
    readonly level: 'document' | 'paragraph' | 'sentence'
    readonly segments?: (documentId: string) => readonly TextSpan[]
    readonly bootstrap?: BootstrapOptions | false
  },
): AgreementByCode {
  const reportOf = (data: ReliabilityData) => agreementReport(data, 'nominal', { bootstrap: options.bootstrap })
  const dataOf = (codeId: string): ReliabilityData => {
    if (options.level === 'document') return documentPresence(index, codeId, options)
    if (!options.segments) throw new RangeError(`${options.level} units need a segments function`)
    return segmentPresence(index, codeId, { ...options, segments: options.segments })
  }
  const perCode = codes.map((code) => ({ code, data: dataOf(code.id) }))
  const byCode = perCode.map(({ code, data }) => ({ codeId: code.id, groupId: code.groupId, report: reportOf(data), data }))
  const groups = [...new Set(codes.map((c) => c.groupId))]
  const byGroup = groups.map((groupId) => {
    const members = perCode.filter((p) => p.code.groupId === groupId)
    return {
      groupId,
      report: reportOf(pool(options.coders, members.map((p) => p.data))),
      meanAlpha: mean(byCode.filter((r) => r.groupId === groupId).map((r) => r.report.krippendorff_alpha)),
    }
  })
  const overall = {
    report: reportOf(pool(options.coders, perCode.map((p) => p.data))),
    meanAlpha: mean(byCode.map((r) => r.report.krippendorff_alpha)),
  }
  return { byCode, byGroup, overall }
}

/** Stacks several variables' reliability data into one, unit by unit. */
function pool(coders: readonly string[], parts: readonly ReliabilityData[]): ReliabilityData {
  const values: Value[][] = []
  const weights: number[] = []
  for (const p of parts) {
    p.values.forEach((row, r) => {
      values.push([...row])
      weights.push(p.weights ? p.weights[r] : 1)
    })
  }
  return { coders: [...coders], values, weights }
}

function mean(values: readonly (number | null)[]): number | null {
  const defined = values.filter((v): v is number => v !== null)
  return defined.length === 0 ? null : defined.reduce((s, v) => s + v, 0) / defined.length
}
