import type { DiffOp } from '@/utils/types';

export interface WordDiffProps {
  diff: readonly DiffOp[];
}

/**
 * A word diff between this outlet's quote and another version. Deleted words are struck through
 * (<del>), inserted ones underlined (<ins>), and each carries a visually hidden "removed:" or
 * "added:" so the difference never depends on colour or on seeing the decoration.
 */
export function WordDiff({ diff }: WordDiffProps) {
  return (
    <p class="word-diff" data-testid="word-diff">
      {diff.map((d, i) => {
        const sep = i > 0 ? ' ' : '';
        if (d.op === 'equal') return <span key={i}>{sep}{d.text}</span>;
        const Tag = d.op === 'delete' ? 'del' : 'ins';
        return (
          <span key={i}>
            {sep}
            <Tag>
              <span class="sr-only">{d.op === 'delete' ? 'removed: ' : 'added: '}</span>
              {d.text}
            </Tag>
          </span>
        );
      })}
    </p>
  );
}
