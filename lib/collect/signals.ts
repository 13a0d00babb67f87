// What a small HTML answer really is, before anyone reads it as a page: a redirect written in the
// page (<meta http-equiv="refresh">, a script that only sets window.location) is followed like an
// HTTP redirect; a challenge of a web application firewall (a script that sets a cookie and
// reloads: 加速乐 __jsl_clearance, 瑞数 $_ts, 云锁, 安全狗, acw_sc__v2 …) is not the page and is
// never stored. Pure: bytes in, an address or a reason out. Only pages with almost no text qualify,
// so an article that mentions "window.location" in its scripts is read as the article it is.

/** Answers longer than this are pages, not redirects or challenges. */
const MAX_SIGNAL_BYTES = 64 * 1024;
/** Visible characters (scripts and tags aside) below which a page is "almost empty". */
const MAX_VISIBLE_CHARS = 200;

function latin(bytes: Uint8Array): string {
  // Markup and addresses are ASCII in every encoding these pages use; text is not looked at.
  return new TextDecoder('latin1').decode(bytes.subarray(0, MAX_SIGNAL_BYTES));
}

function visibleChars(html: string): number {
  return html
    .replace(/<(script|style|noscript)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;|\s+/g, '').length;
}

function scripts(html: string): string {
  return [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script\s*>/gi)].map((m) => m[1]).join('\n');
}

const META_REFRESH = /<meta[^>]+http-equiv\s*=\s*["']?refresh["']?[^>]*>/i;
/** window.location = "…", location.href = '…', location.replace("…"), top.location.href = "…". */
const SCRIPT_LOCATION =
  /(?:^|[\s;{(])(?:(?:window|self|top|document)\.)?location(?:\.href)?\s*=\s*(["'])([^"'\s]+)\1|location\.(?:replace|assign)\(\s*(["'])([^"'\s]+)\3\s*\)/;

/**
 * The address an almost empty HTML page sends the browser to at once (meta refresh within 10 s, or a
 * script assigning a literal address to the location), resolved against `base`; else null.
 */
export function softRedirect(bytes: Uint8Array, base: string): string | null {
  if (bytes.length > MAX_SIGNAL_BYTES) return null;
  const html = latin(bytes);
  if (visibleChars(html) > MAX_VISIBLE_CHARS) return null;
  let target: string | undefined;
  const meta = META_REFRESH.exec(html)?.[0];
  const quoted = meta && /content\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(meta);
  const content = quoted && (quoted[1] ?? quoted[2] ?? quoted[3]);
  const refresh = content && /^\s*(\d+(?:\.\d+)?)\s*[;,]\s*(?:url\s*=\s*)?['"]?([^'"\s]+)/i.exec(content);
  if (refresh && Number(refresh[1]) <= 10) target = refresh[2];
  if (!target) {
    const m = SCRIPT_LOCATION.exec(scripts(html));
    target = m?.[2] ?? m?.[4];
  }
  if (!target || /^(javascript|data|about|vbscript):/i.test(target)) return null;
  try {
    const url = new URL(target, base);
    url.hash = '';
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Names that firewall challenge scripts carry (cookies, globals, vendors). */
const CHALLENGE_MARKERS =
  /__jsl_clearance|__jsluid|\$_ts\s*=|_\$[a-z]{2}\s*=|yunsuo_session_verify|security_session_verify|safedog|acw_sc__v2|arg1\s*=\s*['"][0-9A-F]{20,}|wzws_cid|wzwschallenge|__tst_status|cdn_sec_tc|_waf_|waf_token|challenge-platform/i;

/**
 * Why an answer is a firewall's script challenge rather than the page asked for, or null: an
 * almost empty HTML page whose script sets a cookie or carries a known challenge's names (with any
 * status: 200, 202, 403, 412 as 瑞数 answers, 521 as 加速乐 does).
 */
export function challengeReason(bytes: Uint8Array, contentType: string | null): string | null {
  if (bytes.length > MAX_SIGNAL_BYTES || (contentType && !/html|text\/plain|javascript/i.test(contentType))) return null;
  const html = latin(bytes);
  if (!/<script\b/i.test(html) || visibleChars(html) > MAX_VISIBLE_CHARS) return null;
  const code = scripts(html);
  const marker = CHALLENGE_MARKERS.exec(html)?.[0];
  if (marker) return `the site answered a script challenge of its firewall (${marker.replace(/\s*=.*$/, '')}) instead of the page`;
  if (/document\.cookie\s*=/.test(code))
    return 'the site answered a script that sets a cookie and reloads (a firewall challenge) instead of the page';
  return null;
}
