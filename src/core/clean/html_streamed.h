// html_streamed.h — putting a streamed page's late parts where its script would.
//
// Pages rendered by React 18's streaming server (Next.js and others) send a placeholder
// first (<template id="B:3"> for a suspense boundary, <template id="P:3"> for a segment
// that a later segment fills) and the content that fills it later, at the end of the body,
// in a hidden block (<div hidden id="S:3">) that a small inline script moves into place.
// Scripts never run here, so without this step the article of such a page is a hidden
// block after the footer. The move is done on the tree instead: each hidden segment's
// children go in front of their placeholder, and the empty segment stays hidden.
//
// Contract: never fails; pairs are matched by their number (a segment's own "P:"
// placeholder before a boundary's "B:"); a segment without its placeholder (or the
// reverse) is left as it is. Iterative, linear in the page.
#pragma once

#include "html_document.h"

namespace lede::html {

// Returns how many segments were moved.
std::size_t place_streamed_segments(xmlNode* root);

}  // namespace lede::html
