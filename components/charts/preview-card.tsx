// The whole link-preview card (1200×630, next/og's satori): the site, the view's title (whole or
// cut with … after two lines) and definition, the chart kind's body, and the warnings the page
// shows (places without a report, single-office reports mixed in…), each whole on up to three lines.
// Every block's height is budgeted here and the body is told the room left, so no text runs past
// the image however many places a view holds. Server-only.

import type { ReactElement } from 'react';
import { compareMessages } from '@/lib/i18n/messages/compare';
import type { Lang } from '@/lib/i18n/lang';
import { fitText, textWidth } from './preview-text';

export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;
const PAD_X = 64;
const PAD_Y = 44;
const INNER = PREVIEW_WIDTH - 2 * PAD_X;
const SITE = { size: 22, height: 30 };
const TITLE = { size: 44, line: 54, lines: 2 };
const SUBTITLE = { size: 21, height: 30 };
const WARNING = { size: 18, line: 24, lines: 3 };
/** Warnings drawn; the rest are counted ("2 more notices"), all of them are in the description. */
const WARNINGS_SHOWN = 2;
const GAP = 14;
/** Slack for the wrapping satori does at word boundaries, which the estimate cannot see. */
const WRAP_SLACK = 0.9;

function lines(text: string, size: number): number {
  return Math.max(1, Math.ceil(textWidth(text, size) / (INNER * WRAP_SLACK)));
}

export interface PreviewCardInput {
  site: string;
  title: string;
  subtitle: string;
  warnings: readonly string[];
  lang: Lang;
  /** The body, drawn in the height it is given. */
  body: (room: number) => ReactElement;
}

export function PreviewCard({ site, title, subtitle, warnings, lang, body }: PreviewCardInput) {
  const shownTitle = fitText(title, INNER * TITLE.lines * WRAP_SLACK, TITLE.size);
  const shownWarnings = warnings.slice(0, WARNINGS_SHOWN).map((w) => fitText(w, INNER * WARNING.lines * WRAP_SLACK, WARNING.size));
  const more = warnings.length - shownWarnings.length;
  const warningLines = shownWarnings.reduce((n, w) => n + lines(w, WARNING.size), 0) + (more > 0 ? 1 : 0);
  const room =
    PREVIEW_HEIGHT -
    2 * PAD_Y -
    SITE.height -
    lines(shownTitle, TITLE.size) * TITLE.line -
    SUBTITLE.height -
    GAP -
    (warningLines ? warningLines * WARNING.line + GAP : 0);
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        background: '#f7f7f5',
        padding: `${PAD_Y}px ${PAD_X}px`,
        color: '#1a1d21',
      }}
    >
      <div style={{ display: 'flex', alignItems: 'center', height: SITE.height, fontSize: SITE.size, color: '#0072b2', fontWeight: 700 }}>
        <div style={{ width: 16, height: 16, background: '#0072b2', marginRight: 12 }} />
        {site}
      </div>
      <div style={{ display: 'flex', fontSize: TITLE.size, fontWeight: 700, lineHeight: `${TITLE.line}px` }}>{shownTitle}</div>
      <div style={{ display: 'flex', height: SUBTITLE.height, alignItems: 'center', fontSize: SUBTITLE.size, color: '#6b7178' }}>
        {fitText(subtitle, INNER, SUBTITLE.size)}
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', height: room, marginTop: GAP, overflow: 'hidden' }}>{body(room)}</div>
      {warningLines ? (
        <div
          style={{
            display: 'flex',
            flexDirection: 'column',
            marginTop: GAP,
            fontSize: WARNING.size,
            lineHeight: `${WARNING.line}px`,
            color: '#b34700',
          }}
        >
          {shownWarnings.map((w, i) => (
            <div key={i} style={{ display: 'flex' }}>
              {w}
            </div>
          ))}
          {more > 0 ? <div style={{ display: 'flex' }}>{compareMessages[lang].previewMoreNotices(more)}</div> : null}
        </div>
      ) : null}
    </div>
  );
}
