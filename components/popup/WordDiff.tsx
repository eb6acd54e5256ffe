import type { DiffOp } from '@/utils/types';
import type { MessageKey } from '@/utils/i18n/translate';
import { useT } from '@/components/i18n';

export interface WordDiffProps {
  diff: readonly DiffOp[];
}

/** A marked edit's name (English: EDIT_LABELS in utils/report, which the evidence files use). */
const EDIT_KEYS: Record<NonNullable<DiffOp['edit']>, MessageKey> = {
  insertion: 'editInsertion',
  substitution: 'editSubstitution',
  cut: 'editCut',
};

/** An ellipsis alone: the label "cut (…)" already shows it. */
const ONLY_ELLIPSIS = /^[\s.…]+$/;

/** Consecutive ops with the same marked edit form one group ("he" → "[Mr. Lee]" is one substitution). */
function groups(diff: readonly DiffOp[]): DiffOp[][] {
  const out: DiffOp[][] = [];
  for (const d of diff) {
    const last = out[out.length - 1];
    if (last && d.edit && last[0].edit === d.edit) last.push(d);
    else out.push([d]);
  }
  return out;
}

function Op({ d, marked }: { d: DiffOp; marked: boolean }) {
  const t = useT();
  if (d.op === 'equal') return <span>{d.text}</span>;
  const Tag = d.op === 'delete' ? 'del' : 'ins';
  return (
    <Tag class={marked ? 'marked' : undefined}>
      <span class="sr-only">{t(d.op === 'delete' ? 'diffRemoved' : 'diffAdded')} </span>
      {d.text}
    </Tag>
  );
}

/**
 * A word diff between this outlet's quote and another version. Deleted words are struck through
 * (<del>), inserted ones underlined (<ins>), and each carries a visually hidden "removed:" or
 * "added:" so the difference never depends on colour or on seeing the decoration. A journalist's
 * marked edit ([and], [Mr. Lee] for "he", an ellipsis) is boxed and named in words, so it reads
 * as a convention the outlet declared, not as a silent change.
 */
export function WordDiff({ diff }: WordDiffProps) {
  const t = useT();
  return (
    <p class="word-diff" data-testid="word-diff">
      {groups(diff).map((group, i) => {
        const sep = i > 0 ? ' ' : '';
        const edit = group[0].edit;
        if (!edit) return <span key={i}>{sep}<Op d={group[0]} marked={false} /></span>;
        const shown = group.filter((d) => !(edit === 'cut' && ONLY_ELLIPSIS.test(d.text)));
        return (
          <span key={i}>
            {sep}
            <span class={`edit edit-${edit}`} data-testid="diff-edit" data-edit={edit}>
              <span class="edit-tag">{t(EDIT_KEYS[edit])}</span>
              {shown.map((d, j) => (
                <span key={j}>
                  {' '}
                  <Op d={d} marked />
                </span>
              ))}
            </span>
          </span>
        );
      })}
    </p>
  );
}
