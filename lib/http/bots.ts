// Crawlers that get a page's metadata in its <head> before the body ("blocking metadata") instead
// of streamed after it: they read the head only, or run no script. next.config.ts hands this list
// to Next as its documented `htmlLimitedBots` option, so Next renders a different HTML page for
// exactly the user agents matched here, and the page cache (lib/server/page-cache.ts) keeps the
// two renderings apart with the same test.
//
// Next's default list (link-preview fetchers, search crawlers other than Google's rendering one),
// plus Googlebot, which renders scripts but indexes what the head says first.
export const HTML_LIMITED_BOTS =
  /Googlebot|[\w-]+-Google|Google-[\w-]+|Chrome-Lighthouse|Slurp|DuckDuckBot|baiduspider|yandex|sogou|bitlybot|tumblr|vkShare|quora link preview|redditbot|ia_archiver|Bingbot|BingPreview|applebot|facebookexternalhit|facebookcatalog|Twitterbot|LinkedInBot|Slackbot|Discordbot|WhatsApp|SkypeUriPreview|Yeti|googleweblight/i;

/** Whether Next serves this user agent blocking metadata (see above). */
export function getsBlockingMetadata(userAgent: string | undefined): boolean {
  return userAgent !== undefined && HTML_LIMITED_BOTS.test(userAgent);
}
