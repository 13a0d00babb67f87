// An embedded chart tells the page framing it how tall it is, whenever that changes, so the
// <iframe> snippet's listener can size the frame to its content (no inner scroll bar).
'use client';

import { useEffect } from 'react';

/** The message the snippet listens for: { type, height, src }. */
export const EMBED_MESSAGE = 'gov-reports-embed-height';

export function EmbedResize() {
  useEffect(() => {
    if (window.parent === window) return;
    // The body's own height (not the document's scrollHeight, which never falls below the frame's
    // height), so a frame made wider, whose content then needs less room, shrinks as well.
    const post = () =>
      window.parent.postMessage(
        { type: EMBED_MESSAGE, height: Math.ceil(document.body.getBoundingClientRect().height), src: window.location.href },
        '*',
      );
    const observer = new ResizeObserver(post);
    observer.observe(document.body);
    post();
    return () => observer.disconnect();
  }, []);
  return null;
}
