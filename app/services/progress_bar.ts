/** A text progress bar for long commands: `[████░░░░] 3/8`. */
export function progressBar(done: number, total: number, width = 24) {
  const filled = total === 0 ? width : Math.round((done / total) * width)
  return `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${done}/${total}`
}
