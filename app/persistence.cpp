#include "app/persistence.hpp"

#include "shared/storage/snapshot_store.hpp"

namespace hw {

void LoadSavedState(AppState& state, const std::filesystem::path& folder) {
  StoreLoad loaded = LoadFromFolder(folder);
  state.data = std::move(loaded.data);
  state.language = LanguageFromCode(state.data.settings.language).value_or(Language::English);
  if (loaded.notice) state.notice = loaded.notice;
  for (auto& file : loaded.damagedFiles) state.damagedFiles.push_back(std::move(file));
}

bool Saver::Tick(AppState& state, Platform& platform, double now, bool force) {
  if (state.revision != seenRevision_) {
    seenRevision_ = state.revision;
    dueAt_ = now + kSaveDelaySeconds;
  }
  if (state.revision == savedRevision_ || state.readOnly) return false;
  if (!force && now < dueAt_) {
    state.RequestFrame(dueAt_ - now);  // a frame when the save is due
    return false;
  }
  if (const std::optional<Error> error = SaveToFolder(platform.StorageFolder(), state.data)) {
    ReportSaveFailure(state, error->detail);
    writeFailed_ = true;
    dueAt_ = now + kRetrySeconds;  // try again later, not every frame
    state.RequestFrame(dueAt_ - now);
    return false;
  }
  if (writeFailed_) ReportSaveSuccess(state);
  writeFailed_ = false;
  savedRevision_ = state.revision;
  platform.PersistStorage();  // its outcome comes back through ReportSaveFailure or ReportSaveSuccess
  return true;
}

void ReportSaveFailure(AppState& state, std::string why) { state.saveFailure = std::move(why); }

void ReportSaveSuccess(AppState& state) {
  if (!state.saveFailure) return;
  state.saveFailure.reset();
  state.notice = Msg::SavedAgain;
  state.noticeDetail.clear();
}

}  // namespace hw
