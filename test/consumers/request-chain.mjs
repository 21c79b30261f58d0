// Request chains on a page: how many round trips each request waits for after the document.
//
// Chromium's DevTools protocol names the initiator of every request: the parser (the document
// or a stylesheet) or a script (a static `import`, a dynamic `import()` or `fetch()` from a
// module: the module at the top of the initiator's stack). A request's depth is one more than its
// initiator's; the document is depth 0. On a network with latency, depth × round trip is the
// least time before a response can arrive: an Arabic page should get its strings at the depth
// of its feed, not after a chain of chunks.
//
// Used by test/consumers/run.mjs (asserts) and scripts/request-depth.mjs (prints).

/** The URL a CDP initiator points at: the script on top of its stack, or its `url`. */
function initiatorUrl(initiator) {
  for (let stack = initiator.stack; stack; stack = stack.parent) {
    const frame = stack.callFrames.find((f) => f.url);
    if (frame) return frame.url;
  }
  return initiator.url;
}

/**
 * Starts recording the requests of `page` (a playwright-core page in Chromium). Returns
 * `requests()`: every request so far as { url, depth, initiator } (initiator: the URL it came
 * from, undefined for the document).
 */
export async function recordRequestChains(page) {
  const session = await page.context().newCDPSession(page);
  const seen = [];
  session.on('Network.requestWillBeSent', ({ request, initiator, type }) => {
    if (request.url.startsWith('data:')) return;
    seen.push({ url: request.url.split('#')[0], type, from: initiatorUrl(initiator) });
  });
  await session.send('Network.enable');
  return () => {
    const depth = new Map();
    const out = [];
    for (const { url, type, from } of seen) {
      const d = type === 'Document' || !from ? 0 : (depth.get(from) ?? 0) + 1;
      if (!depth.has(url)) depth.set(url, d);
      out.push({ url, depth: d, initiator: type === 'Document' ? undefined : from });
    }
    return out;
  };
}
