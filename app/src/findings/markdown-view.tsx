import type { ReactNode } from 'react';

/**
 * Renders the small Markdown subset of our rule pages (headings, paragraphs, lists, code,
 * emphasis, links) as React elements. Never as HTML: text stays text, whatever it holds.
 */
export function MarkdownView({ source }: { readonly source: string }) {
  const blocks: ReactNode[] = [];
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (line.startsWith('```')) {
      const code: string[] = [];
      for (i++; i < lines.length && !(lines[i] ?? '').startsWith('```'); i++) code.push(lines[i] ?? '');
      blocks.push(
        <pre key={blocks.length} className="code">
          {code.join('\n')}
        </pre>,
      );
      i++;
    } else if (/^#{1,6} /.test(line)) {
      const level = Math.min(6, (line.match(/^#+/)?.[0].length ?? 1) + 2);
      const Heading = `h${level}` as 'h3';
      blocks.push(<Heading key={blocks.length}>{inline(line.replace(/^#+ /, ''))}</Heading>);
      i++;
    } else if (/^\s*[-*] /.test(line)) {
      const items: string[] = [];
      for (; i < lines.length && /^\s*[-*] /.test(lines[i] ?? ''); i++)
        items.push((lines[i] ?? '').replace(/^\s*[-*] /, ''));
      blocks.push(
        <ul key={blocks.length}>
          {items.map((item, n) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: static text, never reordered.
            <li key={n}>{inline(item)}</li>
          ))}
        </ul>,
      );
    } else if (line.trim() === '') {
      i++;
    } else {
      const text: string[] = [];
      for (
        ;
        i < lines.length && (lines[i] ?? '').trim() !== '' && !/^(#|```|\s*[-*] )/.test(lines[i] ?? '');
        i++
      )
        text.push(lines[i] ?? '');
      blocks.push(<p key={blocks.length}>{inline(text.join(' '))}</p>);
    }
  }
  return <div className="markdown">{blocks}</div>;
}

const INLINE = /(`[^`]+`|\*\*[^*]+\*\*|\*[^*]+\*|\[[^\]]+\]\([^)\s]+\))/;

function inline(text: string): ReactNode[] {
  return text.split(INLINE).map((part, n) => {
    const key = `${n}`;
    if (part.startsWith('`') && part.endsWith('`') && part.length > 1)
      return <code key={key}>{part.slice(1, -1)}</code>;
    if (part.startsWith('**') && part.endsWith('**') && part.length > 4)
      return <strong key={key}>{part.slice(2, -2)}</strong>;
    if (part.startsWith('*') && part.endsWith('*') && part.length > 2)
      return <em key={key}>{part.slice(1, -1)}</em>;
    const link = /^\[([^\]]+)\]\(([^)\s]+)\)$/.exec(part);
    if (link !== null) {
      const href = link[2] ?? '';
      // Only documentation links leave the page, in a new tab, when the user clicks them.
      return /^https:\/\//.test(href) ? (
        <a key={key} href={href} target="_blank" rel="noreferrer noopener">
          {link[1]}
        </a>
      ) : (
        <span key={key}>{link[1]}</span>
      );
    }
    return part;
  });
}
