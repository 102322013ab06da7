import nlp from 'compromise'
import type { LexemeData, LexemeForms } from '#language/content'
import { MODALS } from '#language/normalize'

/**
 * Fills the regular forms content did not spell out, with compromise
 * (English morphology): noun plurals and possessives, verb third person /
 * past / participle / -ing. Forms given in content always win.
 *
 * @example
 * deriveForms({ lemma: 'potato', pos: 'noun', ... }) // { plural: 'potatoes' }
 */
export function deriveForms(lexeme: Pick<LexemeData, 'lemma' | 'pos' | 'forms' | 'uncountable' | 'language'>): LexemeForms {
  const given = lexeme.forms ?? {}
  if (lexeme.language !== 'en') return given
  const derived: LexemeForms = {}

  if (lexeme.pos === 'noun' && !lexeme.uncountable && !given.plural) {
    const plural = nlp(lexeme.lemma).nouns().toPlural().text()
    if (plural && plural !== lexeme.lemma) derived.plural = plural.toLowerCase()
  }
  // The farmer's cows: a form of its own, so that "farmers" or "farmer"
  // where "farmer's" belongs is a wrong form of the right word.
  if (lexeme.pos === 'noun') derived.possessive = `${lexeme.lemma}'s`

  // Modal verbs (can, must, will…) have no -s, -ed or -ing forms.
  if (lexeme.pos === 'verb' && !MODALS.has(lexeme.lemma)) {
    const [conjugated] = nlp(lexeme.lemma).verbs().conjugate() as Array<Record<string, string>>
    if (conjugated) {
      derived.third = conjugated.PresentTense?.toLowerCase()
      derived.past = conjugated.PastTense?.toLowerCase()
      derived.pastParticiple = (conjugated.Participle ?? conjugated.PastTense)?.toLowerCase()
      derived.ing = conjugated.Gerund?.toLowerCase()
    }
  }

  // Adjective comparatives are not derived: compromise invents forms such as
  // "expensiver". Content lists them where English has them.

  const merged: LexemeForms = {}
  for (const [form, value] of Object.entries({ ...derived, ...given })) {
    if (value && !value.includes(' ')) merged[form as keyof LexemeForms] = value
  }
  return merged
}
