// worker_fields.h — a share link's decoded article, handed from the page to the analysis
// worker as one string of length-prefixed fields.
//
// Why not the link itself: decoding a link needs inflate and a JSON parser, which the page's
// module has anyway (it decodes the link to show errors and keep the text) but the worker
// would carry only for this: 15 KB of gzip in lede-core.wasm. The page decodes once and the
// worker reads these fields with a few lines of code. Both sides are this one file, so the
// format is private to the build: "<bytes>:<field>" for each field in a fixed order (title,
// byline, published, published_given, language, text, paragraphs), "-" for an absent one.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "share/share_link.h"

namespace lede::share {

std::string pack_for_worker(const SharedArticle& article);

// The article, or nothing when `fields` is not what pack_for_worker writes (truncated, a
// length that overruns, a paragraph outside the text).
std::optional<SharedArticle> unpack_for_worker(std::string_view fields);

}  // namespace lede::share
