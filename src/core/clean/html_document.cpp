// html_document.cpp — see html_document.h.
#include "html_document.h"

#include <algorithm>
#include <cctype>
#include <limits>
#include <cstdlib>
#include <cstring>
#include <string>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>

#include "../base/ascii.h"
#include "../input_limits.h"

namespace lede::html {
namespace {

using ChunkMap = std::unordered_map<const xmlNode*, std::vector<TextChunk>>;

struct ParseState {
    std::string_view source;
    ChunkMap* chunks = nullptr;
    charactersSAXFunc append_text = nullptr;   // libxml2's own SAX2 handlers
    startElementSAXFunc open_element = nullptr;
    endElementSAXFunc close_element = nullptr;
    std::size_t flattened_open = 0;            // elements below the depth limit left unbuilt
    std::size_t flattened_total = 0;           // all of them, for the "html-too-deep" warning
};

// libxml2 stops the whole parse at 256 open nodes (unless told to allow any depth, which
// lets a hostile page build millions of nested nodes). Instead, elements deeper than the
// core's limit are not built: their text lands in the deepest built element, so nothing
// is lost and the tree stays shallow. SAX start/end events are balanced, so the innermost
// open elements are always the unbuilt ones.
constexpr int kBuiltDepth = limits::kMaxHtmlDepth;
static_assert(kBuiltDepth < 256, "libxml2 ends the parse at 256 open elements");

void on_start_element(void* ctx, const xmlChar* name, const xmlChar** atts) {
    auto* ctxt = static_cast<htmlParserCtxtPtr>(ctx);
    auto* state = static_cast<ParseState*>(ctxt->_private);
    if (state->flattened_open > 0 || ctxt->nodeNr >= kBuiltDepth) {
        ++state->flattened_open;
        ++state->flattened_total;
        return;
    }
    state->open_element(ctx, name, atts);
}

void on_end_element(void* ctx, const xmlChar* name) {
    auto* ctxt = static_cast<htmlParserCtxtPtr>(ctx);
    auto* state = static_cast<ParseState*>(ctxt->_private);
    if (state->flattened_open > 0) {
        --state->flattened_open;
        return;
    }
    // "</body></html>" in the middle of a page (templates that print them twice) would
    // leave everything after them outside the tree; browsers keep it in the body, so do we:
    // body and html stay open to the end.
    if (name && (xmlStrEqual(name, BAD_CAST "body") || xmlStrEqual(name, BAD_CAST "html"))) return;
    state->close_element(ctx, name);
}

// Character events: let libxml2 build the tree as usual, then note which text node grew
// and where the parser stood in the source. The parser delivers a chunk right after
// reading it (or, for chunks over its buffer size, one character before the end), so the
// raw bytes end at the current position or a few bytes later.
void on_characters(void* ctx, const xmlChar* ch, int len) {
    auto* ctxt = static_cast<htmlParserCtxtPtr>(ctx);
    auto* state = static_cast<ParseState*>(ctxt->_private);
    xmlNode* parent = ctxt->node;
    const xmlNode* before = parent ? parent->last : nullptr;
    state->append_text(ctx, ch, len);
    if (len <= 0 || !parent || ctxt->node != parent) return;
    const xmlNode* text = parent->last;
    if (!text || text->type != XML_TEXT_NODE) return;

    std::vector<TextChunk>& list = (*state->chunks)[text];
    TextChunk chunk;
    if (text == before && !list.empty()) chunk.node_offset = list.back().node_offset + list.back().length;
    else list.clear();  // a new node (or one whose start we did not see: offsets restart)
    chunk.length = static_cast<std::size_t>(len);

    const xmlParserInput* in = ctxt->input;
    if (!in || !in->cur || !in->base) return;
    const std::size_t at = static_cast<std::size_t>(in->consumed) + static_cast<std::size_t>(in->cur - in->base);
    const std::string_view bytes(reinterpret_cast<const char*>(ch), chunk.length);
    chunk.source_end = std::min(at, state->source.size());
    for (std::size_t ahead = 0; ahead <= 4; ++ahead) {
        const std::size_t end = at + ahead;
        if (end > state->source.size() || end < chunk.length) break;
        if (state->source.compare(end - chunk.length, chunk.length, bytes) == 0) {
            chunk.source_end = end;
            chunk.verbatim = true;
            break;
        }
    }
    list.push_back(chunk);
}

}  // namespace

void HtmlDocument::Free::operator()(xmlDoc* d) const {
    if (d) xmlFreeDoc(d);
}

HtmlDocument::~HtmlDocument() = default;

HtmlDocument HtmlDocument::parse(std::string_view source) {
    HtmlDocument result;
    result.source_ = source;
    if (source.empty() || source.size() > static_cast<std::size_t>(std::numeric_limits<int>::max())) return result;

    // libxml2's global state, set up once (a function-local static is thread-safe). It stays
    // here rather than in CleanResources::load: a document can be parsed without resources
    // (tests, the fuzz target), and this holds no data read from assets.
    static const bool initialised = [] {
        xmlInitParser();
        return true;
    }();
    (void)initialised;

    htmlParserCtxtPtr ctxt = htmlNewParserCtxt();
    if (!ctxt) return result;
    ParseState state;
    state.source = source;
    state.chunks = &result.chunks_;
    if (ctxt->sax) {
        state.append_text = ctxt->sax->characters;
        state.open_element = ctxt->sax->startElement;
        state.close_element = ctxt->sax->endElement;
    }
    if (!state.append_text || !state.open_element || !state.close_element) {
        htmlFreeParserCtxt(ctxt);
        return result;
    }
    ctxt->sax->characters = on_characters;
    ctxt->sax->startElement = on_start_element;
    ctxt->sax->endElement = on_end_element;
    ctxt->_private = &state;
    const int options = HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                        HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT;
    xmlDoc* doc = htmlCtxtReadMemory(ctxt, source.data(), static_cast<int>(source.size()), nullptr, "UTF-8", options);
    ctxt->_private = nullptr;
    result.doc_.reset(doc);
    result.flattened_elements_ = state.flattened_total;
    htmlFreeParserCtxt(ctxt);
    return result;
}

xmlNode* HtmlDocument::root() const { return doc_ ? xmlDocGetRootElement(doc_.get()) : nullptr; }

const std::vector<TextChunk>* HtmlDocument::chunks(const xmlNode* text) const {
    auto it = chunks_.find(text);
    return it == chunks_.end() ? nullptr : &it->second;
}

std::optional<std::size_t> HtmlDocument::locate(const xmlNode* text, std::string_view text_content,
                                                std::size_t node_offset, std::size_t length,
                                                std::size_t search_from) const {
    const auto* list = chunks(text);
    if (!list || list->empty() || length == 0 || node_offset + length > text_content.size()) return std::nullopt;
    auto it = std::upper_bound(list->begin(), list->end(), node_offset,
                               [](std::size_t off, const TextChunk& c) { return off < c.node_offset; });
    if (it == list->begin()) return std::nullopt;
    const TextChunk& chunk = *(it - 1);
    if (node_offset >= chunk.node_offset + chunk.length) return std::nullopt;
    const std::string_view wanted = text_content.substr(node_offset, length);

    if (chunk.verbatim) {
        const std::size_t at = chunk.source_end - chunk.length + (node_offset - chunk.node_offset);
        // A range running past this chunk is verbatim only if the source agrees byte for byte.
        if (at + length <= source_.size() && source_.compare(at, length, wanted) == 0) return at;
    }
    // Not verbatim (entities, folded line ends): the raw text of this chunk lies a little
    // before where the chunk ended; look for the bytes there and only there.
    const std::size_t reach = 4 * chunk.length + 64;
    std::size_t from = chunk.source_end > reach ? chunk.source_end - reach : 0;
    from = std::max(from, std::min(search_from, chunk.source_end));
    const std::size_t to = std::min(source_.size(), chunk.source_end + 8);
    if (from >= to) return std::nullopt;
    const std::size_t found = source_.substr(from, to - from).find(wanted);
    if (found == std::string_view::npos) return std::nullopt;
    return from + found;
}

// ---- tree helpers ----

bool is_element(const xmlNode* n) { return n && n->type == XML_ELEMENT_NODE; }

bool is_text(const xmlNode* n) { return n && (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE); }

std::string_view tag(const xmlNode* n) {
    if (!is_element(n) || !n->name) return {};
    return reinterpret_cast<const char*>(n->name);
}

bool has_tag(const xmlNode* n, std::string_view name) { return tag(n) == name; }

std::optional<std::string_view> attribute(const xmlNode* n, std::string_view name) {
    if (!is_element(n)) return std::nullopt;
    for (const xmlAttr* a = n->properties; a; a = a->next) {
        if (!a->name || name != reinterpret_cast<const char*>(a->name)) continue;
        const xmlNode* v = a->children;
        if (!v) return std::string_view();
        if (v->type == XML_TEXT_NODE && !v->next && v->content) return std::string_view(reinterpret_cast<const char*>(v->content));
        return std::nullopt;
    }
    return std::nullopt;
}

std::string_view content(const xmlNode* n) {
    if (!is_text(n) || !n->content) return {};
    return reinterpret_cast<const char*>(n->content);
}

std::vector<std::string> class_words(const xmlNode* n) {
    std::vector<std::string> words;
    for (const char* name : {"class", "id"}) {
        const auto v = attribute(n, name);
        if (!v) continue;
        std::string w;
        for (char c : *v) {
            if (base::is_ascii_alnum(c)) {
                w.push_back(base::lower_ascii(c));
            } else if (!w.empty()) {
                words.push_back(std::move(w));
                w.clear();
            }
        }
        if (!w.empty()) words.push_back(std::move(w));
    }
    return words;
}

xmlNode* next_in_order(const xmlNode* n, const xmlNode* root, bool descend) {
    if (!n) return nullptr;
    if (descend && n->type == XML_ELEMENT_NODE && n->children) return n->children;
    while (n && n != root) {
        if (n->next) return n->next;
        n = n->parent;
    }
    return nullptr;
}

std::string decode_entities(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t amp = text.find('&', i);
        if (amp == std::string_view::npos) break;
        out.append(text.substr(i, amp - i));
        const std::size_t semi = text.find(';', amp);
        if (semi == std::string_view::npos || semi - amp > 12 || semi == amp + 1) {
            out.push_back('&');
            i = amp + 1;
            continue;
        }
        const std::string name(text.substr(amp + 1, semi - amp - 1));
        unsigned long cp = 0;
        if (name[0] == '#') {
            const bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
            const std::string digits = name.substr(hex ? 2 : 1);
            char* end = nullptr;
            cp = digits.empty() ? 0 : std::strtoul(digits.c_str(), &end, hex ? 16 : 10);
            if (!end || *end != '\0') cp = 0;
        } else if (const htmlEntityDesc* e = htmlEntityLookup(reinterpret_cast<const xmlChar*>(name.c_str()))) {
            cp = e->value;
        }
        if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            out.push_back('&');
            i = amp + 1;
            continue;
        }
        // UTF-8 encoding of the code point.
        if (cp < 0x80) {
            out.push_back(static_cast<char>(cp));
        } else if (cp < 0x800) {
            out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
            out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        } else if (cp < 0x10000) {
            out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
            out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        } else {
            out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
            out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        }
        i = semi + 1;
    }
    out.append(text.substr(i));
    return out;
}

namespace {
}  // namespace

std::string trim(std::string_view s) {
    const auto b = s.find_first_not_of(" \t\r\n\f");
    if (b == std::string_view::npos) return {};
    const auto e = s.find_last_not_of(" \t\r\n\f");
    return std::string(s.substr(b, e - b + 1));
}

std::string collapse_spaces(std::string_view s) {
    std::string out;
    bool space = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0') {   // no-break space
            space = true;
            ++i;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') { space = true; continue; }
        if (space && !out.empty()) out.push_back(' ');
        space = false;
        out.push_back(c);
    }
    return out;
}

std::string collapsed_text(const xmlNode* root, std::size_t limit) {
    std::string out;
    bool pending_space = false;
    for (const xmlNode* n = root; n; ) {
        const std::string_view t = tag(n);
        if (t == "script" || t == "style" || t == "template" || t == "noscript") {
            n = next_in_order(n, root, false);
            continue;
        }
        if (t == "br" || t == "p" || t == "div" || t == "li") pending_space = true;
        if (is_text(n)) {
            for (char c : content(n)) {
                if (base::is_ascii_space(c)) { pending_space = true; continue; }
                if (pending_space && !out.empty()) out.push_back(' ');
                pending_space = false;
                out.push_back(c);
            }
            if (out.size() >= limit) break;
        }
        n = next_in_order(n, root);
    }
    return out;
}

}  // namespace lede::html
