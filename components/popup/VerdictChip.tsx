import { FLAG_DEFINITIONS, FLAG_MESSAGES, VERDICT_DEFINITIONS, VERDICT_MESSAGES, type Assessment, type Flag, type Verdict } from '@/utils/report/verdicts';
import { useT } from '@/components/i18n';

export interface VerdictChipProps {
  verdict: Verdict;
}

/** The small coloured label that says how other outlets rendered a quote: always its kind; its symbol (hidden from screen readers) reads without colour. */
export function VerdictChip({ verdict }: VerdictChipProps) {
  const t = useT();
  return (
    <span class={`chip chip-${verdict}`} data-testid="verdict" data-verdict={verdict}>
      <span aria-hidden="true">{VERDICT_DEFINITIONS[verdict].symbol} </span>
      {t(VERDICT_MESSAGES[verdict])}
    </span>
  );
}

export interface FlagChipProps {
  flag: Flag;
}

/** A flag raised on a quote (speaker conflict, meaning change), drawn beside its kind chip. */
export function FlagChip({ flag }: FlagChipProps) {
  const t = useT();
  return (
    <span class={`chip flag-chip flag-${flag}`} data-testid="flag" data-flag={flag}>
      <span aria-hidden="true">{FLAG_DEFINITIONS[flag].symbol} </span>
      {t(FLAG_MESSAGES[flag])}
    </span>
  );
}

export interface VerdictChipsProps {
  assessment: Assessment;
}

/** The kind chip, then one chip per flag beside it ("Partial · Speaker conflict"). */
export function VerdictChips({ assessment }: VerdictChipsProps) {
  return (
    <span class="verdict-chips" data-testid="verdict-chips">
      <VerdictChip verdict={assessment.verdict} />
      {assessment.flags.map((f) => (
        <span key={f} class="flag-sep">
          <span aria-hidden="true" class="sep">·</span>
          <span class="sr-only">, </span>
          <FlagChip flag={f} />
        </span>
      ))}
    </span>
  );
}
