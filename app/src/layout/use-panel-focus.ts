import { type KeyboardEvent, useEffect, useRef } from 'react';

/**
 * Focus for a panel opened from a header button (Wizards, Share): the panel's heading takes the
 * focus when it opens, so keyboard and screen-reader users land in what they opened rather
 * than several controls before it, and Escape closes it (the opener then gets the focus back,
 * see app.tsx). Returns the heading's ref (give the heading `tabIndex={-1}`) and the panel's
 * key handler.
 */
export function usePanelFocus(onClose: () => void) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    onClose();
  };
  return { heading, onKeyDown };
}
