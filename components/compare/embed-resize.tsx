// An embedded chart tells the page framing it how tall it is, whenever that changes, so the
// <iframe> snippet's listener can size the frame to its content (no inner scroll bar).
'use client';

import { useEffect } from 'react';

/** The message the snippet listens for: { type, height, src }. */
export const EMBED_MESSAGE = 'gov-reports-embed-height';

export function EmbedResize() {
  useEffect(() => {
    if (window.parent === window) return;
    const post = () =>
      window.parent.postMessage({ type: EMBED_MESSAGE, height: document.documentElement.scrollHeight, src: window.location.href }, '*');
    const observer = new ResizeObserver(post);
    observer.observe(document.body);
    post();
    return () => observer.disconnect();
  }, []);
  return null;
}
