import { Button, Dialog, DialogTrigger, Heading, Popover } from 'react-aria-components'
import type { AgreementReport } from '../../../../shared/agreement'

const valueName = (v: unknown) => (v === 1 ? 'applied (1)' : v === 0 ? 'not applied (0)' : String(v))
const round = (n: number) => (Number.isInteger(n) ? n.toLocaleString() : n.toFixed(2))

/** The coincidence matrix (and, for two coders, their confusion matrix) of one row, on demand. */
export function MatrixPopover({ name, report, coderNames }: { name: string; report: AgreementReport; coderNames: Map<string, string> }) {
  const { coincidence, confusion } = report
  return (
    <DialogTrigger>
      <Button className="quiet-button table-button" aria-label={`Matrices of ${name}`}>
        Matrix
      </Button>
      <Popover className="popover matrix-popover" placement="left">
        <Dialog className="matrix-dialog">
          <Heading slot="title">{name}</Heading>
          <table className="matrix">
            <caption>Coincidence matrix (pairable values: {round(coincidence.n)})</caption>
            <thead>
              <tr>
                <th />
                {coincidence.labels.map((l) => (
                  <th key={String(l)} scope="col">
                    {valueName(l)}
                  </th>
                ))}
                <th scope="col">total</th>
              </tr>
            </thead>
            <tbody>
              {coincidence.matrix.map((row, i) => (
                <tr key={i}>
                  <th scope="row">{valueName(coincidence.labels[i])}</th>
                  {row.map((n, j) => (
                    <td key={j} className={i === j ? 'diagonal' : undefined}>
                      {round(n)}
                    </td>
                  ))}
                  <td className="total">{round(coincidence.totals[i])}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {confusion && (
            <table className="matrix">
              <caption>
                Confusion matrix: {coderNames.get(confusion.coders[0]) ?? confusion.coders[0]} (rows) × {coderNames.get(confusion.coders[1]) ?? confusion.coders[1]}{' '}
                (columns), {round(confusion.units)} units
              </caption>
              <thead>
                <tr>
                  <th />
                  {confusion.labels.map((l) => (
                    <th key={String(l)} scope="col">
                      {valueName(l)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {confusion.counts.map((row, i) => (
                  <tr key={i}>
                    <th scope="row">{valueName(confusion.labels[i])}</th>
                    {row.map((n, j) => (
                      <td key={j} className={i === j ? 'diagonal' : 'off-diagonal'}>
                        {round(n)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Dialog>
      </Popover>
    </DialogTrigger>
  )
}
