#pragma once
// The demo catalogues on first start: when the app has no groups and never loaded
// the demo, it fetches demo/index.json (beside the app), then every group's source
// file it lists, draws the pictures and adds each group through the catalogue pack
// importer (shared/catalogue/demo_catalogue.hpp). They are fetched after the first frame; a
// start without network tries again at the next start.
#include "app/app_state.hpp"
#include "app/platform.hpp"

namespace hw {

inline constexpr const char* kDemoIndexUrl = "demo/index.json";

// Call once a frame: asks for the index when the demo should be loaded.
void StartDemoLoad(AppState& state, Platform& platform);
// The fetched index (it asks for the groups it lists), and each group.
void ReceiveDemoIndex(AppState& state, Platform& platform, const IncomingFile& file);
void ReceiveDemoGroup(AppState& state, Platform& platform, const IncomingFile& file);

}  // namespace hw
