import { Button, Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components'
import { alphaOf, unitsOf, type AgreementRow } from './agreementRows'
import { FlagBadge } from './FlagBadge'
import { formatCoefficient, formatInterval, formatPercent } from './formatAgreement'
import { MatrixPopover } from './MatrixPopover'

interface Props {
  rows: AgreementRow[]
  spans: boolean
  coderNames: Map<string, string>
  onReview: (row: AgreementRow) => void
}

/** Codes × coefficients: one row per code, per group and overall, with Krippendorff's flag. */
export function AgreementTable({ rows, spans, coderNames, onReview }: Props) {
  const why = (row: AgreementRow, name: keyof NonNullable<AgreementRow['report']>['reasons']) => row.report?.reasons[name]
  return (
    <div className="table-scroll agreement-scroll">
      <Table aria-label="Agreement per code" className="data-table agreement-table">
        <TableHeader>
          <Column isRowHeader className="code-column">
            Code
          </Column>
          <Column className="num">% agreement</Column>
          <Column className="num">Cohen’s κ</Column>
          <Column className="num">Scott’s π</Column>
          <Column className="num">Fleiss’ κ</Column>
          <Column className="num">{spans ? 'Unitizing α' : 'Krippendorff’s α'}</Column>
          <Column className="num">α 95% CI</Column>
          <Column className="num">N units</Column>
          <Column>Flag</Column>
          <Column className="num">Disagreements</Column>
          <Column>
            <span className="visually-hidden">Matrices</span>
          </Column>
        </TableHeader>
        <TableBody items={rows} renderEmptyState={() => <p className="hint table-empty">No codes to compare.</p>}>
          {(row) => (
            <Row className={`data-row row-${row.kind}`}>
              <Cell className="code-column">
                <span className="row-name">{row.name}</span>
              </Cell>
              <Cell className="num">
                <span title={why(row, 'percent_agreement')}>{formatPercent(row.report?.percent_agreement)}</span>
              </Cell>
              <Cell className="num">
                <span title={why(row, 'cohen_kappa')}>{formatCoefficient(row.report?.cohen_kappa)}</span>
              </Cell>
              <Cell className="num">
                <span title={why(row, 'scott_pi')}>{formatCoefficient(row.report?.scott_pi)}</span>
              </Cell>
              <Cell className="num">
                <span title={why(row, 'fleiss_kappa')}>{formatCoefficient(row.report?.fleiss_kappa)}</span>
              </Cell>
              <Cell className="num alpha-cell">
                <span title={why(row, 'krippendorff_alpha') ?? row.unitizing?.reason ?? undefined}>{formatCoefficient(alphaOf(row))}</span>
              </Cell>
              <Cell className="num ci-cell">
                <span title={why(row, 'alpha_ci95')}>{formatInterval(row.report?.alpha_ci95)}</span>
              </Cell>
              <Cell className="num">{unitsOf(row)?.toLocaleString() ?? '—'}</Cell>
              <Cell>
                <FlagBadge flag={row.flag} />
              </Cell>
              <Cell className="num">
                {row.disagreements && row.disagreements.total > 0 ? (
                  <Button className="quiet-button table-button review-button" aria-label={`Review ${row.disagreements.total} disagreements on ${row.name}`} onPress={() => onReview(row)}>
                    {row.disagreements.total.toLocaleString()}
                    {row.disagreements.resolved > 0 && <span className="resolved-note"> ({row.disagreements.resolved} resolved)</span>} <span aria-hidden="true">›</span>
                  </Button>
                ) : row.disagreements ? (
                  <span className="hint">none</span>
                ) : null}
              </Cell>
              <Cell>{row.report && <MatrixPopover name={row.name} report={row.report} coderNames={coderNames} />}</Cell>
            </Row>
          )}
        </TableBody>
      </Table>
    </div>
  )
}
