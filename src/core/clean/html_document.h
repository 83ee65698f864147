// html_document.h — an HTML page parsed by libxml2's HTML parser, with a map back to its bytes.
//
// What it is for: the HTML cleaner walks libxml2's tree (elements, attributes, text) and
// must say where each text it keeps came from in the source. libxml2 nodes carry only a
// line number, so while parsing we listen to the parser's character events and note, for
// every chunk of text appended to a text node, where it ended in the source. A chunk that
// is the source bytes verbatim maps exactly; a chunk that is not (an entity such as
// `&amp;`, a CR LF the parser folded) is located by a bounded search near that end, or
// left unmapped: those bytes are then "written" by the cleaner, not copied.
//
// Contract:
// - `HtmlDocument::parse` never fails and never throws; it takes valid UTF-8 (the
//   document's own charset declaration is ignored), never fetches anything, never runs a
//   script. Empty or garbage input gives a document whose `root()` may be null.
// - Nesting is built up to a fixed depth (see `flattened_elements`); every walk over the
//   tree here and in the cleaner is iterative (see `next_in_order`).
// - The document owns the tree; node pointers are valid while it lives. Not thread-safe
//   (libxml2's global state): one parse at a time, as everything in the core.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

// libxml2's node and document types, opaque here: only the core links libxml2, so users of
// this header (tests, other stages) need not see its headers; the .cpp files that walk
// nodes include <libxml/tree.h> themselves.
struct _xmlNode;
struct _xmlDoc;
typedef struct _xmlNode xmlNode;
typedef struct _xmlDoc xmlDoc;

namespace lede::html {

// One piece of a text node's content and where it sits in the source.
struct TextChunk {
    std::size_t node_offset = 0;   // byte offset in the node's content
    std::size_t length = 0;        // bytes of content
    std::size_t source_end = 0;    // source offset just after the chunk's raw text
    bool verbatim = false;         // content == source[source_end - length, source_end)
};

class HtmlDocument {
public:
    static HtmlDocument parse(std::string_view source);

    HtmlDocument(HtmlDocument&&) noexcept = default;
    HtmlDocument& operator=(HtmlDocument&&) noexcept = default;
    ~HtmlDocument();

    std::string_view source() const { return source_; }
    xmlNode* root() const;                       // the <html> element, or null
    // Elements nested deeper than limits::kMaxHtmlDepth: not built, their text kept in
    // the deepest built element.
    std::size_t flattened_elements() const { return flattened_elements_; }

    // Where `text` (a text node) came from, in content order; empty when unknown.
    const std::vector<TextChunk>* chunks(const xmlNode* text) const;

    // The source offset of `length` content bytes at `node_offset` of `text`, when they
    // can be shown to be a verbatim copy; `search_from` keeps successive lookups in order.
    // `text_content` is content(text), passed in so long nodes are measured once.
    std::optional<std::size_t> locate(const xmlNode* text, std::string_view text_content, std::size_t node_offset,
                                      std::size_t length, std::size_t search_from) const;

private:
    HtmlDocument() = default;
    struct Free { void operator()(xmlDoc* d) const; };

    std::string_view source_;
    std::unique_ptr<xmlDoc, Free> doc_;
    std::unordered_map<const xmlNode*, std::vector<TextChunk>> chunks_;
    std::size_t flattened_elements_ = 0;
};

// ---- small tree helpers (all iterative, none allocate) ----

bool is_element(const xmlNode* n);
bool is_text(const xmlNode* n);                  // text or CDATA
// Lower-case tag name of an element ("" for other nodes).
std::string_view tag(const xmlNode* n);
bool has_tag(const xmlNode* n, std::string_view name);
// The value of attribute `name` (lower-case), when present and plain text.
std::optional<std::string_view> attribute(const xmlNode* n, std::string_view name);
// The content of a text node ("" for others).
std::string_view content(const xmlNode* n);
// Class and id split into lower-case words at every non-alphanumeric byte
// ("c-byline__author" -> c, byline, author).
std::vector<std::string> class_words(const xmlNode* n);

// Pre-order successor of `n` inside the subtree of `root` (exclusive of root's siblings);
// `descend` false skips n's children. Null at the end.
xmlNode* next_in_order(const xmlNode* n, const xmlNode* root, bool descend = true);

// `text` with HTML character references (&amp; &#8217; &#x2019; &eacute;) decoded; what
// is not a known reference stays as written. For metadata strings that carry them twice
// encoded (JSON-LD written by templates).
std::string decode_entities(std::string_view text);

// `text` trimmed, with every run of white space (no-break spaces too) as one space.
std::string collapse_spaces(std::string_view text);
// `s` without leading and trailing white space (space, tab, CR, LF, FF).
std::string trim(std::string_view s);

// The text of a subtree with whitespace collapsed to single spaces and trimmed; script,
// style and template content excluded. Stops after `limit` bytes.
std::string collapsed_text(const xmlNode* root, std::size_t limit = std::size_t(-1));

}  // namespace lede::html
