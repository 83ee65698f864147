// actor_mentions.cpp — see actor_mentions.h. The driver: the steps, in order, each a
// method of MentionPass (mention_pass.h), where the rules and their reasons are.
#include "actor_mentions.h"

#include "mention_pass.h"

namespace lede::actors {

MentionSet find_mentions(const nlp::Document& doc, const ActorResources& resources, const syntax::PosTagger& tagger) {
    MentionPass pass(doc, resources, tagger);
    pass.take_tagger_spans(ner::tag_entities(doc, resources.ner_model, resources.gazetteer));   // 1
    pass.find_org_word_runs();                        // 1b
    pass.join_of_names();                             // 1c
    pass.join_spelled_acronyms();                     // 1d
    pass.find_landform_places();                      // 2a
    pass.find_titled_appositions();                   // 2a'
    pass.find_gazetteer_names();                      // 2
    pass.find_datelines();                            // 2'
    pass.drop_case_blind_cruft();                     // 2b
    pass.find_acronyms();                             // 2d
    pass.retype_by_context();                         // 2c
    pass.vote_types();                                // 3
    pass.mark_maker_products();
    pass.retype_org_places();
    pass.retype_lone_people();
    pass.refind_names();                              // 3b
    pass.find_repeated_capitals();                    // 3c
    pass.drop_defined_terms();                        // 3d
    pass.drop_common_words();                         // 3e
    pass.join_demonyms();                             // 4
    pass.attach_titles();                             // 5
    pass.mark_extents();                              // 6
    return pass.take();
}

}  // namespace lede::actors
