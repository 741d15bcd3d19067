// The CAMEO event codebook facts that event-data tools expect beside each event: the Goldstein
// conflict-cooperation score and the quad class. Compiled in from export/data/cameo_events.tsv.
//
//   if (const CameoEvent* c = cameo_event("0256")) std::cout << c->goldstein;   // -0.3
//   cameo_root("0256");                                                         // "02"
#pragma once

#include <string>
#include <string_view>

namespace tkg::exporters {

struct CameoEvent {
    std::string code;       // as found: the code itself or its nearest parent in the codebook
    std::string goldstein;  // as the codebook writes it: "-10.0"
    int quad_class = 0;     // 1 verbal coop., 2 material coop., 3 verbal conflict, 4 material
};

// The codebook entry of `code`, or of its nearest parent ("0256" -> "025" -> "02") when the
// code itself is not listed; nullptr for a code outside CAMEO.
const CameoEvent* cameo_event(std::string_view code);

// The root (first two digits) of a CAMEO code, or empty.
std::string_view cameo_root(std::string_view code);

}  // namespace tkg::exporters
