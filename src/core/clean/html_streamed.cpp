// html_streamed.cpp — see html_streamed.h.
#include "html_streamed.h"

#include <libxml/tree.h>

#include <string>
#include <unordered_map>
#include <vector>

namespace lede::html {

namespace {

// Links `node` (unlinked) just before `next`. By hand: libxml2's xmlAddPrevSibling merges
// adjacent text nodes, and the document maps text nodes back to the source by address.
void link_before(xmlNode* next, xmlNode* node) {
    node->parent = next->parent;
    node->next = next;
    node->prev = next->prev;
    if (next->prev) next->prev->next = node;
    else if (next->parent) next->parent->children = node;
    next->prev = node;
}

}  // namespace

std::size_t place_streamed_segments(xmlNode* root) {
    if (!root) return 0;
    // Placeholders by number ("B:3" -> "3", "P:3" -> "3") and hidden segments in document
    // order. A "P:" placeholder names the segment itself; a "B:" one the boundary that
    // segment completes, matched by number when no "P:" claims it.
    std::unordered_map<std::string_view, xmlNode*> placeholders, segment_placeholders;
    std::vector<std::pair<std::string_view, xmlNode*>> segments;
    for (xmlNode* n = root; n; n = next_in_order(n, root)) {
        if (!is_element(n)) continue;
        const auto id = attribute(n, "id");
        if (!id || id->size() < 3 || (*id)[1] != ':') continue;
        if ((*id)[0] == 'B' && has_tag(n, "template")) placeholders.emplace(id->substr(2), n);
        else if ((*id)[0] == 'P' && has_tag(n, "template")) segment_placeholders.emplace(id->substr(2), n);
        else if ((*id)[0] == 'S' && attribute(n, "hidden")) segments.emplace_back(id->substr(2), n);
    }
    std::size_t moved = 0;
    for (const auto& [number, segment] : segments) {
        xmlNode* placeholder = nullptr;
        if (const auto own = segment_placeholders.find(number); own != segment_placeholders.end())
            placeholder = own->second;
        else if (const auto boundary = placeholders.find(number); boundary != placeholders.end())
            placeholder = boundary->second;
        if (!placeholder) continue;
        // A segment inside its own placeholder's subtree cannot move there.
        bool nested = false;
        for (const xmlNode* p = placeholder; p; p = p->parent)
            if (p == segment) nested = true;
        if (nested) continue;
        while (xmlNode* child = segment->children) {
            xmlUnlinkNode(child);
            link_before(placeholder, child);
        }
        ++moved;
    }
    return moved;
}

}  // namespace lede::html
