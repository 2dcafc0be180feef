#pragma once
// The demo catalogues on first start: when the app has no groups and never loaded
// the demo, it fetches demo/index.json (beside the app), then every pack it lists,
// and adds them through the catalogue pack importer (shared/demo_catalogue.hpp).
// Nothing of the demo is in the first load; a start without network tries again at
// the next start.
#include "app/app_state.hpp"
#include "app/platform.hpp"

namespace hw {

inline constexpr const char* kDemoIndexUrl = "demo/index.json";
inline constexpr const char* kDemoIndexPurpose = "demo.index";
inline constexpr const char* kDemoPackPurpose = "demo.pack";

// Call once a frame: asks for the index when the demo should be loaded.
void StartDemoLoad(AppState& state, Platform& platform);
// Handles a fetched index or pack; false when `file` is not the demo's.
bool HandleDemoFile(AppState& state, Platform& platform, const IncomingFile& file);

}  // namespace hw
