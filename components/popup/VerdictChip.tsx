import { VERDICT_LABELS, type Verdict } from '@/utils/order-quote-reports';

/** A symbol per verdict, so the chip reads without colour (hidden from screen readers: the label says it). */
const SYMBOLS: Record<Verdict, string> = {
  altered: '≠',
  conflict: '⇄',
  meaning: '!',
  paraphrase: '≈',
  partial: '⊂',
  verbatim: '=',
  'only-here': '•',
};

export interface VerdictChipProps {
  verdict: Verdict;
}

/** The small coloured label that says how other outlets rendered a quote. */
export function VerdictChip({ verdict }: VerdictChipProps) {
  return (
    <span class={`chip chip-${verdict}`} data-testid="verdict" data-verdict={verdict}>
      <span aria-hidden="true">{SYMBOLS[verdict]} </span>
      {VERDICT_LABELS[verdict]}
    </span>
  );
}
