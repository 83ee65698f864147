// event_class.cpp — see event_class.h.
#include "event_class.h"

#include <iterator>
#include <utility>

namespace lede::relations {
namespace {

constexpr std::pair<EventClass, const char*> kNames[] = {
    {EventClass::Agree, "AGREE"},          {EventClass::Aid, "AID"},
    {EventClass::Assault, "ASSAULT"},      {EventClass::Coerce, "COERCE"},
    {EventClass::Concede, "CONCEDE"},      {EventClass::Consult, "CONSULT"},
    {EventClass::Cooperate, "COOPERATE"},  {EventClass::Demand, "DEMAND"},
    {EventClass::Disapprove, "DISAPPROVE"}, {EventClass::Fight, "FIGHT"},
    {EventClass::Investigate, "INVESTIGATE"}, {EventClass::Mobilize, "MOBILIZE"},
    {EventClass::Protest, "PROTEST"},      {EventClass::Reject, "REJECT"},
    {EventClass::Retreat, "RETREAT"},      {EventClass::Sanction, "SANCTION"},
    {EventClass::Support, "SUPPORT"},      {EventClass::Threaten, "THREATEN"},
    {EventClass::Say, "SAY"},              {EventClass::NoEvent, "-"},
};
static_assert(std::size(kNames) == static_cast<std::size_t>(EventClass::NoEvent) + 1, "one name per class");

constexpr bool in_enum_order() {
    for (std::size_t i = 0; i < std::size(kNames); ++i)
        if (static_cast<std::size_t>(kNames[i].first) != i) return false;
    return true;
}
static_assert(in_enum_order(), "event_class_name indexes kNames by the enum");

}  // namespace

const char* event_class_name(EventClass c) { return kNames[static_cast<std::size_t>(c)].second; }

std::optional<EventClass> event_class_named(std::string_view name) {
    for (const auto& [c, n] : kNames)
        if (name == n) return c;
    return std::nullopt;
}

}  // namespace lede::relations
