import { useId, type ReactNode } from 'react'

type ProgressMeterProps = {
  /** Visible label; also names the progressbar. */
  label: ReactNode
  value: number
  min?: number
  max: number
  /** What a screen reader announces instead of the bare number ("120 of 150 XP"). */
  valueText: string
  /** Shown at the right of the label (defaults to nothing). */
  detail?: ReactNode
  tone?: 'green' | 'amber'
  size?: 'small' | 'large'
}

/**
 * A labelled progress bar (role="progressbar" with its range and a
 * readable value), drawn with CSS so it needs no script.
 */
export function ProgressMeter({ label, value, min = 0, max, valueText, detail, tone = 'green', size = 'small' }: ProgressMeterProps) {
  const id = useId()
  const span = Math.max(1, max - min)
  const share = Math.min(1, Math.max(0, (value - min) / span))
  return (
    <div className={`progress-meter progress-meter-${tone} progress-meter-${size}`}>
      <div className="progress-meter-label">
        <span id={`${id}-label`}>{label}</span>
        {detail ? <span className="progress-meter-detail">{detail}</span> : null}
      </div>
      <div
        className="progress-meter-track"
        role="progressbar"
        aria-labelledby={`${id}-label`}
        aria-valuemin={min}
        aria-valuemax={max}
        aria-valuenow={Math.min(max, Math.max(min, value))}
        aria-valuetext={valueText}
      >
        <span className="progress-meter-fill" style={{ width: `${(share * 100).toFixed(1)}%` }} />
      </div>
    </div>
  )
}
