#include "app/incoming.hpp"

#include "app/demo_loader.hpp"

#include <span>

#include "shared/result.hpp"
#include "shared/snapshot.hpp"

namespace hw {
namespace {

void Tell(AppState& state, Msg message, std::string detail = {}) {
  state.notice = message;
  state.noticeDetail = std::move(detail);
}

void ReadBackup(AppState& state, const IncomingFile& file) {
  Result<AppData> loaded = LoadSnapshot(std::span<const std::uint8_t>(file.bytes));
  if (!loaded) {
    Tell(state, Msg::BackupNotRestored, file.name + ": " + Describe(loaded.error(), state.language));
    return;
  }
  state.restoreCandidate = std::move(loaded.value());  // replaced only once the person agrees
}

}  // namespace

std::string BackupFileName(Timestamp now) { return "homeworks-backup-" + FormatDate(now) + ".snapshot"; }

void HandleIncoming(AppState& state, Platform& platform) {
  std::vector<IncomingFile> files;
  files.swap(state.incoming);
  for (const IncomingFile& file : files) {
    if (HandleDemoFile(state, platform, file)) continue;
    if (!file.error.empty()) {
      Tell(state, Msg::FileNotReceived, file.name + ": " + file.error);
      continue;
    }
    if (file.purpose == "backup.restore") ReadBackup(state, file);
  }
}

}  // namespace hw
