#include "app/shop/demo_loader.hpp"

#include <algorithm>
#include <cstdio>
#include <string>
#include <string_view>

#include "shared/catalogue/demo_catalogue.hpp"
#include "shared/media/photo.hpp"

namespace hw {
namespace {

std::string_view Text(const std::vector<std::uint8_t>& bytes) {
  return {reinterpret_cast<const char*>(bytes.data()), bytes.size()};
}

// The demo is optional: a failure is noted in the log (not as an error), not put in
// front of the person; the next start tries again.
void Log(const IncomingFile& file, std::string_view what) {
  std::printf("demo not loaded: %s: %.*s\n", file.name.c_str(), static_cast<int>(what.size()), what.data());
}

void FinishPack(AppState& state) {
  DemoLoad& load = state.demoLoad;
  if (load.pending > 0) --load.pending;
  if (load.pending > 0) return;
  load.stage = DemoLoad::Stage::Done;
  // Packs arrive in any order; the groups are listed in the index's order.
  const auto rank = [&](const ArtisanGroup& g) {
    return std::find(load.order.begin(), load.order.end(), g.id) - load.order.begin();
  };
  std::stable_sort(state.data.groups.begin(), state.data.groups.end(),
                   [&](const ArtisanGroup& a, const ArtisanGroup& b) { return rank(a) < rank(b); });
  if (load.added > 0) {
    state.data.settings.demoLoaded = true;
    state.Changed();
  }
}

}  // namespace

void StartDemoLoad(AppState& state, Platform& platform) {
  DemoLoad& load = state.demoLoad;
  // The first frame goes on screen before any download starts.
  if (state.framesDrawn < 1) return;
  // Only the tab that saves loads it: another tab would add it without keeping it.
  if (load.stage != DemoLoad::Stage::Idle || state.readOnly || !ShouldLoadDemo(state.data)) return;
  state.demoLoad.stage = DemoLoad::Stage::Index;
  platform.FetchUrl(FilePurpose::DemoIndex, kDemoIndexUrl);
}

void ReceiveDemoIndex(AppState& state, Platform& platform, const IncomingFile& file) {
  DemoLoad& load = state.demoLoad;
  if (!file.error.empty()) {
    Log(file, file.error);
    load.stage = DemoLoad::Stage::Done;
    return;
  }
  Result<DemoIndex> index = ParseDemoIndex(Text(file.bytes));
  if (!index || index.value().packs.empty()) {
    Log(file, index ? "no packs" : index.error().detail);
    load.stage = DemoLoad::Stage::Done;
    return;
  }
  load.stage = DemoLoad::Stage::Packs;
  load.pending = index.value().packs.size();
  // The packs sit beside the index.
  const std::string base = file.name.substr(0, file.name.rfind('/') + 1);
  load.order.clear();
  for (const DemoIndexEntry& entry : index.value().packs) {
    load.order.push_back(entry.groupId);
    platform.FetchUrl(FilePurpose::DemoGroup, base + entry.file);
  }
}

void ReceiveDemoGroup(AppState& state, Platform&, const IncomingFile& file) {
  DemoLoad& load = state.demoLoad;
  if (load.stage != DemoLoad::Stage::Packs) return;  // late, after a reload of the data
  if (!file.error.empty()) {
    Log(file, file.error);
  } else if (Result<CataloguePack> pack = AddDemoGroup(state.data, Text(file.bytes), SwatchPhoto); !pack) {
    Log(file, std::string(MsgName(pack.error().message)) + " " + pack.error().field);
  } else {
    ++load.added;
    state.Changed();
  }
  FinishPack(state);
}

}  // namespace hw
