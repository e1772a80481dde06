import type { ReliabilityFlag } from '../../../../shared/agreement'
import { FLAGS } from './formatAgreement'

/** Krippendorff's verdict on a variable: an icon and a word, colored as a third cue. */
export function FlagBadge({ flag }: { flag: ReliabilityFlag }) {
  const f = FLAGS[flag]
  return (
    <span className={`flag flag-${flag}`} title={f.description}>
      <span className="flag-icon" aria-hidden="true">
        {f.icon}
      </span>
      {f.label}
    </span>
  )
}
