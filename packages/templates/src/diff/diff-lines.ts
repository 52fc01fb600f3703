export type DiffKind = 'same' | 'added' | 'removed';

export interface DiffLine {
  readonly kind: DiffKind;
  readonly text: string;
  /** 1-based line number in the text before (same and removed lines). */
  readonly before?: number;
  /** 1-based line number in the text after (same and added lines). */
  readonly after?: number;
}

export interface PolicyDiff {
  readonly lines: readonly DiffLine[];
  readonly added: number;
  readonly removed: number;
  /** True when the texts are identical line for line. */
  readonly identical: boolean;
}

function splitLines(text: string): string[] {
  return text === '' ? [] : text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
}

/**
 * A line diff (longest common subsequence), shown before a wizard overwrites a policy that
 * has hand edits. Policies are short, so the quadratic table is fine; the common head and
 * tail are trimmed first so typical small edits cost almost nothing.
 */
export function diffPolicies(beforeText: string, afterText: string): PolicyDiff {
  const a = splitLines(beforeText);
  const b = splitLines(afterText);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);

  // lcs[i][j]: length of the LCS of midA[i..] and midB[j..].
  const width = midB.length + 1;
  const lcs = new Uint32Array((midA.length + 1) * width);
  for (let i = midA.length - 1; i >= 0; i--) {
    for (let j = midB.length - 1; j >= 0; j--) {
      lcs[i * width + j] =
        midA[i] === midB[j]
          ? (lcs[(i + 1) * width + j + 1] as number) + 1
          : Math.max(lcs[(i + 1) * width + j] as number, lcs[i * width + j + 1] as number);
    }
  }

  const lines: DiffLine[] = [];
  for (let k = 0; k < head; k++)
    lines.push({ kind: 'same', text: a[k] as string, before: k + 1, after: k + 1 });
  let i = 0;
  let j = 0;
  while (i < midA.length || j < midB.length) {
    if (i < midA.length && j < midB.length && midA[i] === midB[j]) {
      lines.push({ kind: 'same', text: midA[i] as string, before: head + i + 1, after: head + j + 1 });
      i++;
      j++;
    } else if (
      i < midA.length &&
      (j === midB.length || (lcs[(i + 1) * width + j] as number) >= (lcs[i * width + j + 1] as number))
    ) {
      // Removed lines first, then added ones: the order diff tools use.
      lines.push({ kind: 'removed', text: midA[i] as string, before: head + i + 1 });
      i++;
    } else {
      lines.push({ kind: 'added', text: midB[j] as string, after: head + j + 1 });
      j++;
    }
  }
  for (let k = 0; k < tail; k++) {
    const before = a.length - tail + k;
    const after = b.length - tail + k;
    lines.push({ kind: 'same', text: a[before] as string, before: before + 1, after: after + 1 });
  }
  const added = lines.filter((l) => l.kind === 'added').length;
  const removed = lines.filter((l) => l.kind === 'removed').length;
  return { lines, added, removed, identical: added === 0 && removed === 0 };
}

/** The text the app puts in the editor for a policy: two-space JSON, as the diff compares it. */
export function formatPolicy(policy: unknown): string {
  return `${JSON.stringify(policy, null, 2)}\n`;
}
