import type { PolicyDiff } from '@trustwright/templates';

/** A line diff, as text a screen reader reads in order ("added", "removed" are spelled out). */
export function PolicyDiffView({ diff }: { readonly diff: PolicyDiff }) {
  return (
    <pre className="code diff">
      {diff.lines.map((line) => (
        <span key={`${line.before ?? ''}:${line.after ?? ''}:${line.kind}`} className={`diff-${line.kind}`}>
          <span className="sr-only">
            {line.kind === 'added' ? 'added: ' : line.kind === 'removed' ? 'removed: ' : ''}
          </span>
          <span aria-hidden="true">
            {line.kind === 'added' ? '+ ' : line.kind === 'removed' ? '- ' : '  '}
          </span>
          {line.text}
          {'\n'}
        </span>
      ))}
    </pre>
  );
}
